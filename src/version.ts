/** The clvkit version written into model files and run manifests (kept equal to package.json by a test). */
export const CLVKIT_VERSION = '0.1.0';
