// `import text from './file?inline'`: the file's text (a stylesheet) or, for a script, its browser
// bundle as one string. See inline-plugin.mjs, which both builds that use these imports load.
declare module '*?inline' {
  const text: string;
  export default text;
}
