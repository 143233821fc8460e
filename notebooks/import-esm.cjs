// tslab compiles notebook cells to CommonJS, so an `import` in a cell — even `await import(…)` — becomes
// require(). clvkit is ES modules, and its plot renderer depends on Vega, whose vega-canvas module has a
// top-level await, which require() refuses (ERR_REQUIRE_ASYNC_MODULE) for every module that reaches it.
// A CommonJS file keeps a real dynamic import(); specifiers resolve relative to this folder, so
// '../dist/src/…' means the same here as in the notebooks.
module.exports = (specifier) => import(specifier);
