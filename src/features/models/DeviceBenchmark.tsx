export function DeviceBenchmark() {
  return null;
}
