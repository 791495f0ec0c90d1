// The line a build prints about the render cache: how many files were reused and how many drawn.
import type { BuildSummary } from './build-site.ts';

export function reportCache(summary: Pick<BuildSummary, 'printables' | 'images'>, dir: string): string {
  const files = [...summary.printables.files, ...summary.images];
  const reused = files.filter((file) => file.fromCache).length;
  return `✓ Cache ${dir}/: ${reused} dari ${files.length} berkas PDF dan gambar dipakai lagi, ${files.length - reused} dibuat baru.`;
}
