// The module the pool's threads load (worker-pool.ts): the renderer, handed to piscina once the thread
// has drawn a made-up village poster (posters/warm-up.ts) to pay its start-up cost while it would wait
// for work anyway. A warm-up that fails leaves the real jobs to report the fault.
import { warmUpPrinting } from '../../posters/warm-up.ts';
import render from './render-worker.ts';

export default warmUpPrinting().then(
  () => render,
  () => render,
);
