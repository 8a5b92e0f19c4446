#!/usr/bin/env node
// A committed entry, so that npm links the `khabar` command at install time, before a build writes dist/.
import '../dist/khabar.js';
