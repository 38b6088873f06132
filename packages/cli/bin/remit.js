#!/usr/bin/env node
// A committed entry, so that a package manager can link `remit` before the first build (a
// clone installs, then builds); the command itself is the built bundle.
import "../dist/main.js";
