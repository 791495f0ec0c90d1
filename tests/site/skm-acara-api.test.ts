// Issue 5 in the built sample site: the SKM page, complaint channels, Bazar Pelayanan pages and calendar
// files, and the open-data JSON, each checked the way a resident or another system would meet it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { splitByDate } from '../../src/lib/acara/schedule.ts';
import { loadContentOrThrow } from '../../src/lib/content/load-content.ts';
import { absoluteUrl, paths } from '../../src/lib/urls.ts';
import { apiDesaSchema, apiLayananSchema } from '../../src/schema/api.ts';
import type { Content } from '../../src/schema/index.ts';
import { pageExists, readPage } from '../support/dist.ts';
import { SITE_CONTENT } from '../support/content-dir.ts';

const distDir = inject('distDir');
let content: Content;
beforeAll(async () => {
  content = await loadContentOrThrow(SITE_CONTENT);
});
const read = (path: string) => readFile(join(distDir, path), 'utf8');

describe('data terbuka', () => {
  it('publishes every service and village as JSON that passes the API schema', async () => {
    const layanan = apiLayananSchema.parse(JSON.parse(await read(paths.apiLayanan())));
    const desa = apiDesaSchema.parse(JSON.parse(await read(paths.apiDesa())));
    expect(layanan.versi).toBe('1.2');
    expect(desa.versi).toBe('1.2');
    expect(layanan.kecamatan.nama).toBe(content.kecamatan.nama);
    expect(layanan.layanan.map((item) => item.slug).sort()).toEqual(content.layanan.map((item) => item.slug).sort());
    expect(desa.desa.map((item) => item.kode).sort()).toEqual(content.desa.map((item) => item.kode).sort());
    for (const item of layanan.layanan)
      expect(item.url).toBe(absoluteUrl(content.kecamatan.situs, paths.layanan(item)));
  });

  it("carries each service's cases with a link that opens the case, and what nobody may ask for", async () => {
    const { layanan } = apiLayananSchema.parse(JSON.parse(await read(paths.apiLayanan())));
    const kk = layanan.find((item) => item.slug === 'kk')!;
    const source = content.layanan.find((item) => item.slug === 'kk')!;
    expect(kk.keperluan.map((item) => item.judul)).toEqual(source.keperluan.map((item) => item.judul));
    const pisah = kk.keperluan.find((item) => item.judul.startsWith('Pisah KK'))!;
    expect(pisah.id).toBe('pisah-kk-membuat-kk-sendiri-dari-kk-orang-tua');
    expect(pisah.url).toBe(`${absoluteUrl(content.kecamatan.situs, paths.layanan(kk))}#${pisah.id}`);
    expect(pisah.persyaratan[0]!.dokumen).toBe('Kartu Keluarga (KK) lama, tempat nama Anda tercantum sekarang');
    expect(kk.persyaratan.map((item) => item.dokumen)).toEqual(['KTP-el kepala keluarga']);
    expect(kk.tidak_perlu).toEqual(source.tidak_perlu);
    expect(kk.tidak_perlu.some((line) => line.startsWith('Surat pengantar RT/RW'))).toBe(true);
    // Every case of every service links to its own page, and a service without cases says so with [].
    for (const item of layanan)
      for (const keperluan of item.keperluan) expect(keperluan.url.startsWith(item.url + '#')).toBe(true);
    expect(layanan.find((item) => item.slug === 'skck')!.keperluan).toEqual([]);
  });

  it('refuses open data whose case has no id or link, so the published shape stays what 1.2 promises', async () => {
    const document = JSON.parse(await read(paths.apiLayanan()));
    const kk = document.layanan.find((item: { slug: string }) => item.slug === 'kk');
    delete kk.keperluan[0].url;
    expect(apiLayananSchema.safeParse(document).success).toBe(false);
  });
});

describe('halaman SKM', () => {
  it('shows the latest IKM and grade, the weakest unsur, and a chart with a table equivalent', async () => {
    const page = await readPage(distDir, paths.skm());
    const text = page.querySelector('main')!.text.replace(/\s+/g, ' ');
    expect(text).toContain('Indeks Kepuasan Masyarakat Tahun 2023: 85,27, mutu pelayanan B (Baik).');
    expect(text).toMatch(/Tahun 2021 83,33 B \(Baik\)/);
    expect(text).toContain('Nilai terendah Tahun 2023: Penanganan pengaduan, saran dan masukan (82,38, Baik)');
    const svg = page.querySelector('svg[role=img]')!;
    expect(svg.querySelector('title')?.text).toBe('Nilai setiap unsur SKM per periode');
    expect(svg.querySelector('desc')?.text).toMatch(
      /^9 unsur pelayanan, nilai 25 sampai 100, untuk Tahun 2021 dan Tahun 2023\./,
    );
    expect(svg.querySelectorAll('rect')).toHaveLength(18);
    expect(page.querySelectorAll('#tabel-unsur tbody tr')).toHaveLength(9);
    // No script of its own: only the one every page loads (service worker, kiosk mode), as on the 404 page.
    const everyPage = (await readPage(distDir, '/404.html'))
      .querySelectorAll('script')
      .map((el) => el.getAttribute('src'));
    expect(page.querySelectorAll('script').filter((el) => !everyPage.includes(el.getAttribute('src')))).toHaveLength(0);
  });
});

describe('pengaduan', () => {
  it('has a complaints page, and every service page pre-fills a WhatsApp message naming the service', async () => {
    expect(pageExists(distDir, paths.pengaduan())).toBe(true);
    // A screen-reader user moving by headings hears each once.
    const headings = (await readPage(distDir, paths.pengaduan()))
      .querySelectorAll('main h1, main h2')
      .map((h) => h.text);
    expect(new Set(headings).size, headings.join(' | ')).toBe(headings.length);
    for (const layanan of content.layanan) {
      const page = await readPage(distDir, paths.layanan(layanan));
      const links = page.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
      const wa = links.find((href) => href.startsWith('https://wa.me/') && href.includes('Pengaduan'));
      expect(wa, layanan.slug).toBeDefined();
      expect(decodeURIComponent(new URL(wa!).searchParams.get('text')!)).toContain(`"${layanan.judul}"`);
      expect(links.some((href) => href.startsWith('mailto:')) && links.some((href) => href.startsWith('tel:'))).toBe(
        true,
      );
    }
  });
});

describe('Bazar Pelayanan', () => {
  it('lists upcoming events before past ones, each with its page, calendar file and poster', async () => {
    const { mendatang, lalu } = splitByDate(content.acara);
    expect(mendatang.length).toBeGreaterThan(0);
    expect(lalu.length).toBeGreaterThan(0);
    const page = await readPage(distDir, paths.acaraIndex());
    const order = page.querySelectorAll('ul.acara a').map((a) => a.text.trim());
    expect(order).toEqual([...mendatang, ...lalu].map((acara) => acara.judul));
    for (const acara of content.acara) {
      for (const path of [paths.acara(acara), paths.acaraIcs(acara), paths.posterAcara(acara)]) {
        expect(pageExists(distDir, path), path).toBe(true);
      }
    }
  });

  it('shows upcoming events on the home page and on the pages of the services they offer', async () => {
    const [next] = splitByDate(content.acara).mendatang;
    const home = await readPage(distDir, paths.home());
    expect(home.querySelector('#bazar')?.parentNode?.text).toContain(next!.judul);
    for (const slug of next!.layanan) {
      const page = await readPage(distDir, paths.layanan({ slug }));
      expect(page.querySelector('#bazar')?.parentNode?.text, slug).toContain(next!.judul);
    }
    const notOffered = content.layanan.filter(
      (layanan) => !content.acara.some((acara) => acara.layanan.includes(layanan.slug)),
    );
    expect(notOffered.length, 'the fixture has services no event offers').toBeGreaterThan(0);
    for (const layanan of notOffered)
      expect((await readPage(distDir, paths.layanan(layanan))).querySelector('#bazar'), layanan.slug).toBeNull();
  });

  it('writes calendar files that ical.js parses, one event per file and all of them in the feed', async () => {
    const uids = (text: string) =>
      new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent).uid);
    for (const acara of content.acara) {
      const text = await read(paths.acaraIcs(acara));
      expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(uids(text)).toEqual([expect.stringMatching(new RegExp(`^${acara.slug}@`))]);
    }
    expect(uids(await read(paths.acaraKalender()))).toHaveLength(content.acara.length);
  });

  it('lists the new pages in the sitemap', async () => {
    const sitemap = await read('/sitemap.xml');
    const expected = [paths.skm(), paths.pengaduan(), paths.acaraIndex(), ...content.acara.map(paths.acara)];
    for (const path of expected) expect(sitemap).toContain(`<loc>${absoluteUrl(content.kecamatan.situs, path)}</loc>`);
  });
});
