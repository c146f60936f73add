// opencc-js ships its dictionaries as modules (`export default "丟 丢|並 并|…"`) without types.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
