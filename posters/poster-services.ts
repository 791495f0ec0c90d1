// The selection lives in src/lib so the staff page can show it too; the posters keep asking here.
export { MAX_POSTER_SERVICES, selectPosterServices, type PosterServices } from '../src/lib/poster-services.ts';
