// Fonts shipped with the app (no CDN): Noto Sans for Latin and Cyrillic, Noto Sans Arabic and
// Noto Sans SC. Each stylesheet splits its font by unicode-range, so a page downloads only the
// pieces its text uses.
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/700.css";
import "@fontsource/noto-sans-arabic/400.css";
import "@fontsource/noto-sans-arabic/700.css";
import "@fontsource/noto-sans-sc/400.css";
import "@fontsource/noto-sans-sc/700.css";
