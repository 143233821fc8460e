/**
 * Lazy loading of TensorFlow.js. Nothing here runs at import time: tfjs (≈ 1 s
 * and 100 MB to load) is imported only when a churn model is trained, so the
 * rest of clvkit — and the `clv` commands that do not train — never pay for it.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type * as Tf from '@tensorflow/tfjs';
import { ClvError } from '../../errors.js';

/** The TensorFlow.js namespace. */
export type TfModule = typeof Tf;

/** Backends in order of preference: native TensorFlow (tfjs-node), WebAssembly, plain JavaScript. */
export type ChurnBackend = 'tensorflow' | 'wasm' | 'cpu';

export interface TfBackend {
  readonly tf: TfModule;
  readonly backend: ChurnBackend;
  /** Backends tried before the one used, with the reason each failed (empty when the first worked). */
  readonly fallbacks: readonly { readonly backend: ChurnBackend; readonly reason: string }[];
}

export interface LoadTfBackendOptions {
  /** Backends to try, in order. Default: tensorflow, wasm, cpu. */
  readonly prefer?: readonly ChurnBackend[];
  /** Module loader (tests inject failures here). Default: dynamic `import()`. */
  readonly importModule?: (specifier: string) => Promise<unknown>;
}

// Held in variables so that TypeScript does not try to resolve the optional,
// usually absent tfjs-node package at compile time.
const TFJS_NODE = '@tensorflow/tfjs-node';
const TFJS = '@tensorflow/tfjs';
const TFJS_WASM = '@tensorflow/tfjs-backend-wasm';

const defaultImport = (specifier: string): Promise<unknown> => import(specifier);
let cached: Promise<TfBackend> | undefined;

/** CommonJS packages imported from ESM expose their exports on `default`. */
function namespaceOf<T>(module: unknown): T {
  const m = module as { default?: unknown };
  return (m.default && typeof m.default === 'object' ? m.default : m) as T;
}

/**
 * Loads TensorFlow.js and selects the fastest backend that works here:
 * 1. 'tensorflow' — `@tensorflow/tfjs-node` (native libtensorflow; an
 *    optional dependency that may be missing or fail to load);
 * 2. 'wasm' — `@tensorflow/tfjs-backend-wasm`, with `setWasmPaths` pointing
 *    at the .wasm files inside its own `dist` folder on disk, so nothing is
 *    fetched over the network;
 * 3. 'cpu' — plain JavaScript, always available, slowest.
 * The result says which backend is in use and why the earlier ones failed;
 * callers store `backend` in the model file. With default options the
 * result is cached (tfjs's backend is process-global anyway).
 *
 * Side effect: puts tfjs in production mode, which silences its console
 * hints (a library must not print) and skips debug checks.
 *
 * @example
 * const { tf, backend } = await loadTfBackend(); // backend === 'wasm' when tfjs-node is absent
 */
export function loadTfBackend(options: LoadTfBackendOptions = {}): Promise<TfBackend> {
  if (options.prefer === undefined && options.importModule === undefined) {
    if (!cached) {
      cached = selectBackend(['tensorflow', 'wasm', 'cpu'], defaultImport);
      // A failed load must not be cached: the next call should try again.
      cached.catch(() => {
        cached = undefined;
      });
    }
    // The backend is process-global: if anything switched it since, switch back.
    return cached.then(async (loaded) => {
      if (loaded.tf.getBackend() !== loaded.backend) await loaded.tf.setBackend(loaded.backend);
      return loaded;
    });
  }
  return selectBackend(options.prefer ?? ['tensorflow', 'wasm', 'cpu'], options.importModule ?? defaultImport);
}

async function selectBackend(
  prefer: readonly ChurnBackend[],
  importModule: (specifier: string) => Promise<unknown>,
): Promise<TfBackend> {
  const fallbacks: { backend: ChurnBackend; reason: string }[] = [];
  let tf: TfModule | undefined;
  const core = async () => (tf ??= namespaceOf<TfModule>(await importModule(TFJS)));
  for (const backend of prefer) {
    try {
      if (backend === 'tensorflow') {
        // tfjs-node registers the 'tensorflow' backend on the tfjs instance it depends on.
        await importModule(TFJS_NODE);
      } else if (backend === 'wasm') {
        const wasm = namespaceOf<{ setWasmPaths: (prefix: string) => void }>(await importModule(TFJS_WASM));
        const entry = createRequire(import.meta.url).resolve(TFJS_WASM);
        wasm.setWasmPaths(`${dirname(entry)}/`);
      }
      const t = await core();
      if (!(await t.setBackend(backend))) throw new Error(`tf.setBackend('${backend}') returned false`);
      await t.ready();
      t.enableProdMode();
      return { tf: t, backend, fallbacks };
    } catch (error) {
      fallbacks.push({ backend, reason: error instanceof Error ? error.message.split('\n')[0] : String(error) });
    }
  }
  throw new ClvError(
    `no TensorFlow.js backend could be loaded: ${fallbacks.map((f) => `${f.backend}: ${f.reason}`).join('; ')}`,
  );
}
