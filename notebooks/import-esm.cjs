// tslab compiles notebook cells to CommonJS, so an `import` in a cell — even `await import(…)` — becomes
// require(). The plot renderer depends on Vega, whose vega-canvas module uses a top-level await, which
// require() refuses (ERR_REQUIRE_ASYNC_MODULE). A CommonJS file keeps a real dynamic import(); specifiers
// resolve relative to this folder, so '../dist/src/…' means the same as in the notebooks.
module.exports = (specifier) => import(specifier);
