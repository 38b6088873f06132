import { countryM49Code } from "@remit/core";
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import atlasUrl from "world-atlas/countries-110m.json?url";
import { alpha2Of } from "../data/CountryCodes";
import { useLoad } from "../data/useLoad";
import { useLocale } from "../i18n/Locale";

interface CountryShape {
  readonly id: string;
  readonly d: string;
}

/** world-atlas's TopoJSON: its countries object holds one geometry per country, id = M49 code. */
type Atlas = Parameters<typeof feature>[0] & {
  readonly objects: { readonly countries: Extract<Parameters<typeof feature>[1], { type: "GeometryCollection" }> };
};

let shapes: Promise<readonly CountryShape[]> | undefined;

/** Resolves once the frame being drawn has been painted: the page's figures are on screen by then. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/**
 * The world's countries as SVG paths, from world-atlas shipped with the app (fetched once).
 * The projection is fitted to the sphere, not to every country (which streamed the whole
 * world through the projection a second time, three times the work), and paths keep one
 * decimal of a 960-unit-wide map. The atlas is projected only after the frame that shows the
 * figures is painted, so on a busy machine the figures never wait for the map.
 */
function worldShapes(): Promise<readonly CountryShape[]> {
  shapes ??= fetch(atlasUrl)
    .then((response) => response.json() as Promise<Atlas>)
    .then(async (topology) => {
      await afterNextPaint();
      const world = feature(topology, topology.objects.countries);
      const path = geoPath(geoEqualEarth().fitSize([960, 470], { type: "Sphere" })).digits(1);
      return world.features.map((country) => ({ id: String(country.id ?? ""), d: path(country) ?? "" }));
    });
  return shapes;
}

/**
 * The countries the activities name, on a world map drawn in the page (no tiles from
 * outside), with the same countries as a list for screen readers.
 */
export function WorldMap(props: { readonly countries: readonly string[]; readonly caption: string }) {
  const { language, t } = useLocale();
  const loaded = useLoad(worldShapes, []);
  const reached = new Set(props.countries.map((code) => countryM49Code(code)).filter((code) => code !== undefined));
  const names = new Intl.DisplayNames([language], { type: "region" });
  const named = props.countries
    .map((code) => names.of(alpha2Of(code) ?? code) ?? code)
    .sort((a, b) => a.localeCompare(b, language));
  return (
    <figure class="map">
      <figcaption>{props.caption}</figcaption>
      {loaded.state === "ready" ? (
        <svg viewBox="0 0 960 470" role="img" aria-label={props.caption} dir="ltr">
          {loaded.value.map((country, index) => (
            <path key={`${country.id}-${index}`} d={country.d} class={reached.has(country.id) ? "reached" : "land"} />
          ))}
        </svg>
      ) : null}
      {named.length === 0 ? (
        <p>{t("mapNoCountries")}</p>
      ) : (
        <details>
          <summary>{t("mapAlternative")}</summary>
          <ul class="country-list">
            {named.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </details>
      )}
    </figure>
  );
}
