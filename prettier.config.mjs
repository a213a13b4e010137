/** One print width for every file; the rest is Prettier's default. */
const config = {
  printWidth: 120,
  singleQuote: true,
};

export default config;
