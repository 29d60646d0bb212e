/** Text files imported with Vite's `?raw` suffix (tests read documentation this way, without Node APIs). */
declare module '*.md?raw' {
  const text: string;
  export default text;
}
