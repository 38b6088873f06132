import { render } from "preact";
import { App } from "./App";
import { followLink } from "./routing/navigate";
import "./fonts";
import "./styles.css";

document.addEventListener("click", followLink);
render(<App />, document.getElementById("app")!);
