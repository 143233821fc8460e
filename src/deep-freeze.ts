/**
 * Freezes a plain JSON-like value and everything inside it, so values that
 * are documented as immutable (fitted models, configs) really are.
 *
 * @example deepFreeze({ params: { r: 0.24 } }).params.r = 1 // TypeError in strict mode
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value as object)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
