// The broken-content corpus: each file in tests/fixtures/broken, where it goes in a content folder, and
// what a staff member is told. Shared by the loader tests and the command-line tests.

export interface BrokenCase {
  /** Fixture inside tests/fixtures/broken, placed at the same relative path in a valid content set. */
  fixture: string;
  /** Where it goes in the content folder (defaults to the fixture path). */
  target?: string;
  /** Fragments every expected message contains: one array per expected problem. */
  expect: string[][];
  /** The mistake is only a warning: the content still loads, and `expect` lists the warnings. */
  warns?: true;
}

export const brokenCases: BrokenCase[] = [
  {
    fixture: 'layanan/persyaratan-kosong.md',
    expect: [['persyaratan-kosong.md baris 5:', '«persyaratan» harus berisi minimal satu dokumen']],
  },
  {
    fixture: 'layanan/kunci-salah-eja.md',
    expect: [['kunci-salah-eja.md baris 15: Kunci «persyartan»', 'mungkin maksudnya «persyaratan»']],
  },
  { fixture: 'layanan/judul-hilang.md', expect: [['judul-hilang.md', '«judul» wajib diisi']] },
  {
    fixture: 'layanan/tanggal-salah.md',
    expect: [['tanggal-salah.md baris 14:', '«diperbarui» bukan tanggal yang ada di kalender']],
  },
  {
    fixture: 'layanan/tanggal-masa-depan.md',
    expect: [['tanggal-masa-depan.md baris 14:', '«diperbarui» tidak boleh tanggal di masa depan']],
  },
  {
    fixture: 'layanan/pengantar-bukan-boolean.md',
    expect: [
      [
        'pengantar-bukan-boolean.md baris 7:',
        '«persyaratan» butir ke-1 «jumlah» harus berupa bilangan bulat (misalnya 2) atau teks seperti "2 lembar"',
      ],
      ['pengantar-bukan-boolean.md baris 14:', '«pengantar_desa» harus true'],
    ],
  },
  {
    // jumlah is a count above 0 or a few words; an empty jumlah, keterangan or opsional is absent, but an
    // empty dokumen is still refused.
    fixture: 'layanan/jumlah-salah.md',
    expect: [
      ['jumlah-salah.md baris 7:', '«persyaratan» butir ke-1 «jumlah» harus lebih dari 0'],
      ['jumlah-salah.md baris 9:', '«persyaratan» butir ke-2 «jumlah» harus lebih dari 0'],
      [
        'jumlah-salah.md baris 11:',
        '«persyaratan» butir ke-3 «jumlah» harus berupa bilangan bulat (misalnya 2) atau teks',
      ],
      ['jumlah-salah.md baris 13:', '«persyaratan» butir ke-4 «jumlah» terlalu panjang (maksimal 60 huruf)'],
      ['jumlah-salah.md baris 14:', '«persyaratan» butir ke-5 «dokumen» tidak boleh kosong'],
    ],
  },
  {
    // What the browser editor writes for a required field left empty (null) is still "empty".
    fixture: 'layanan/isian-wajib-null.md',
    expect: [
      ['isian-wajib-null.md baris 9:', '«waktu» tidak boleh kosong'],
      ['isian-wajib-null.md baris 10:', '«biaya» tidak boleh kosong'],
    ],
  },
  {
    fixture: 'layanan/yaml-rusak.md',
    expect: [['yaml-rusak.md baris 3:', 'Penulisan YAML salah: ada tanda kutip yang dibuka tetapi tidak ditutup']],
  },
  { fixture: 'layanan/tanpa-frontmatter.md', expect: [['tanpa-frontmatter.md baris 1:', 'Harus diawali baris "---"']] },
  {
    fixture: 'layanan/Nama Berkas.md',
    expect: [['Nama Berkas.md: Nama berkas', 'huruf kecil, angka dan tanda hubung']],
  },
  { fixture: 'layanan/judul-kembar.md', expect: [['«judul» sama dengan', 'sktm.md', 'judul-kembar.md']] },
  // Cases of a service (keperluan): each names the case by its position and, when it has one, its title.
  {
    fixture: 'layanan/keperluan-judul-kembar.md',
    expect: [
      [
        'keperluan-judul-kembar.md baris 11:',
        '«keperluan» butir ke-2 «judul» «KK hilang» sudah dipakai keperluan ke-1',
      ],
    ],
  },
  {
    fixture: 'layanan/keperluan-judul-mirip.md',
    expect: [
      [
        'keperluan-judul-mirip.md baris 14:',
        '«keperluan» butir ke-3 «judul» «pisah kk» hampir sama dengan judul keperluan ke-1 «Pisah KK»',
        '(#pisah-kk)',
      ],
      [
        'keperluan-judul-mirip.md baris 17:',
        '«Pindah ke luar daérah» hampir sama dengan judul keperluan ke-2 «Pindah ke luar daerah»',
        'aksen',
      ],
    ],
  },
  {
    fixture: 'layanan/keperluan-judul-tanpa-huruf.md',
    expect: [
      [
        'keperluan-judul-tanpa-huruf.md baris 11:',
        '«keperluan» butir ke-2 «judul» «???» harus memuat huruf atau angka',
      ],
    ],
  },
  {
    fixture: 'layanan/keperluan-kosong.md',
    expect: [
      [
        'keperluan-kosong.md baris 12: «keperluan» butir ke-2 ("KK hilang atau rusak") «persyaratan» harus berisi minimal satu dokumen untuk keperluan ini',
      ],
    ],
  },
  {
    fixture: 'layanan/keperluan-tanpa-persyaratan.md',
    expect: [
      [
        'keperluan-tanpa-persyaratan.md baris 6: «keperluan» butir ke-1 ("KK baru setelah menikah") «persyaratan» wajib diisi',
      ],
    ],
  },
  {
    fixture: 'layanan/tanpa-dokumen.md',
    expect: [
      ['tanpa-dokumen.md baris 2:', '«persyaratan» harus berisi minimal satu dokumen, kecuali bila «keperluan» diisi'],
    ],
  },
  {
    // A misspelt key is told once, as a misspelling, not again as the missing «judul» or «persyaratan».
    fixture: 'layanan/keperluan-kunci-salah-eja.md',
    expect: [
      [
        'keperluan-kunci-salah-eja.md baris 8: «keperluan» butir ke-1 berisi kunci «judl» yang tidak dikenal; mungkin maksudnya «judul»?',
      ],
      [
        'keperluan-kunci-salah-eja.md baris 12: «keperluan» butir ke-2 ("Pisah KK") berisi kunci «persyaratn»',
        'mungkin maksudnya «persyaratan»?',
      ],
      [
        'keperluan-kunci-salah-eja.md baris 14: «keperluan» butir ke-2 ("Pisah KK") berisi kunci «catatn»',
        'mungkin maksudnya «catatan»?',
      ],
    ],
  },
  {
    fixture: 'layanan/tidak-perlu-bukan-daftar.md',
    expect: [
      ['tidak-perlu-bukan-daftar.md baris 7:', '«tidak_perlu» harus berupa daftar (setiap butir diawali tanda -)'],
    ],
  },
  {
    fixture: 'desa/kode-salah.yaml',
    expect: [['kode-salah.yaml baris 3:', '«kode» harus berformat kode wilayah Kemendagri']],
  },
  {
    fixture: 'desa/jenis-bertentangan.yaml',
    expect: [['jenis-bertentangan.yaml baris 2:', '«jenis» tidak cocok dengan kode 35.16.15.2099']],
  },
  { fixture: 'desa/kecamatan-lain.yaml', expect: [['kecamatan-lain.yaml: «kode»', 'milik kecamatan lain (35.16.16)']] },
  { fixture: 'desa/kode-kembar.yaml', expect: [['«kode» sama dengan', 'mojorejo.yaml', 'kode-kembar.yaml']] },
  { fixture: 'desa/bukan-utf8.yaml', expect: [['bukan-utf8.yaml:', 'UTF-8']] },
  {
    fixture: 'kecamatan/situs-http.yaml',
    target: 'kecamatan.yaml',
    expect: [
      ['kecamatan.yaml baris 6:', '«whatsapp» harus diawali 62'],
      ['kecamatan.yaml baris 7:', '«email» bukan alamat email'],
      ['kecamatan.yaml baris 9:', '«situs» harus berupa alamat lengkap yang diawali https://'],
      ['kecamatan.yaml baris 10:', '«pengaduan» harus berisi minimal satu saluran'],
    ],
  },
  { fixture: 'layanan/judul-kosong.md', expect: [['judul-kosong.md baris 2:', '«judul» tidak boleh kosong']] },
  { fixture: 'layanan/prosedur-hilang.md', expect: [['prosedur-hilang.md baris 2:', '«prosedur» wajib diisi']] },
  {
    fixture: 'layanan/persyaratan-bukan-daftar.md',
    expect: [['persyaratan-bukan-daftar.md baris 5:', '«persyaratan» harus berupa daftar']],
  },
  { fixture: 'layanan/biaya-angka.md', expect: [['biaya-angka.md baris 10:', '«biaya» harus berupa teks']] },
  {
    fixture: 'layanan/tanggal-bukan-tanggal.md',
    expect: [['tanggal-bukan-tanggal.md baris 13:', '«diperbarui» harus berupa tanggal dengan format TTTT-BB-HH']],
  },
  {
    fixture: 'layanan/tab-indentasi.md',
    expect: [['tab-indentasi.md baris 8:', 'Penulisan YAML salah: jangan memakai Tab']],
  },
  {
    fixture: 'layanan/kunci-ganda.md',
    expect: [['kunci-ganda.md baris 10:', 'Penulisan YAML salah: ada kunci yang ditulis dua kali']],
  },
  { fixture: 'layanan/KTP-Baru.md', expect: [['KTP-Baru.md: Nama berkas', 'huruf kecil, angka dan tanda hubung']] },
  { fixture: 'layanan/raksasa.md', expect: [['raksasa.md: Berkas terlalu besar (300 KB, maksimal 256 KB)']] },
  {
    fixture: 'layanan/html-mentah.md',
    expect: [['html-mentah.md baris 17:', 'kode HTML <b>', 'untuk tebal pakai **teks**']],
  },
  {
    fixture: 'layanan/skrip.md',
    expect: [['skrip.md baris 17:', 'skrip <script>', 'HTML tidak boleh dipakai di catatan']],
  },
  {
    fixture: 'layanan/tautan-javascript.md',
    expect: [
      ['tautan-javascript.md baris 15:', 'tautan "javascript:" yang tidak diizinkan'],
      ['tautan-javascript.md baris 17:', 'tautan "javascript:" yang tidak diizinkan'],
    ],
  },
  {
    fixture: 'layanan/tautan-data.md',
    expect: [['tautan-data.md baris 15:', 'tautan "data:" yang tidak diizinkan', 'diawali https://']],
  },
  { fixture: 'desa/nama-kosong.yaml', expect: [['nama-kosong.yaml baris 1:', '«nama» tidak boleh kosong']] },
  {
    fixture: 'desa/kode-angka.yaml',
    expect: [['kode-angka.yaml baris 3:', '«kode» harus berupa kode wilayah Kemendagri', 'pakai tanda kutip']],
  },
  {
    fixture: 'desa/kode-bagian-desa-salah.yaml',
    expect: [['kode-bagian-desa-salah.yaml baris 3:', '«kode» harus berformat kode wilayah Kemendagri']],
  },
  { fixture: 'desa/betro.yml', expect: [['betro.yml: «nama berkas» sama dengan', 'betro.yaml']] },
  // The official register (src/lib/content/register-check.ts): codes that do not exist or lie elsewhere.
  {
    fixture: 'desa/kode-tidak-terdaftar.yaml',
    expect: [
      [
        'kode-tidak-terdaftar.yaml: «kode» 35.16.15.2021 tidak ada di daftar wilayah Kemendagri',
        'desa terdekat di Kecamatan Kemlagi: 35.16.15.2019 Pandankrajan',
      ],
    ],
  },
  {
    fixture: 'kecamatan/kode-kecamatan-lain.yaml',
    target: 'kecamatan.yaml',
    expect: [
      [
        'betro.yaml: «kode» 35.16.15.2002 adalah Betro di Kecamatan Kemlagi (35.16.15)',
        'bukan di Kecamatan Jetis (35.16.16)',
      ],
      ['mojorejo.yaml: «kode» 35.16.15.2015 adalah Mojorejo di Kecamatan Kemlagi', 'yang tertulis di «kode»'],
    ],
  },
  {
    fixture: 'kecamatan/kode-kecamatan-tidak-ada.yaml',
    target: 'kecamatan.yaml',
    expect: [['kecamatan.yaml: «kode» 35.16.19 tidak ada di daftar wilayah Kemendagri', 'Kemlagi berkode 35.16.15']],
  },
  {
    fixture: 'desa/nama-beda-ejaan.yaml',
    warns: true,
    expect: [['nama-beda-ejaan.yaml: peringatan: «nama» "Mojo Dowo" berbeda dengan nama resmi', '"Mojodowo"']],
  },
  {
    fixture: 'kecamatan/kosong.yaml',
    target: 'kecamatan.yaml',
    expect: [['kecamatan.yaml baris 1:', 'Berkas kosong']],
  },
  {
    fixture: 'sinonim/kelompok-satu-kata.yaml',
    target: 'sinonim.yaml',
    expect: [['sinonim.yaml baris 3:', 'minimal dua kata']],
  },
  {
    fixture: 'sinonim/yaml-rusak.yaml',
    target: 'sinonim.yaml',
    expect: [['sinonim.yaml baris', 'Penulisan YAML salah']],
  },
  {
    fixture: 'pengalihan/berputar.yaml',
    target: 'pengalihan.yaml',
    expect: [
      ['pengalihan.yaml baris 3: butir ke-1 «ke» pengalihan berputar: /l/sktm-lama/ → /l/skt/ → /l/sktm-lama/'],
      ['pengalihan.yaml baris 5: butir ke-2 «ke» pengalihan berputar: /l/skt/ → /l/sktm-lama/ → /l/skt/'],
    ],
  },
  {
    fixture: 'pengalihan/berantai.yaml',
    target: 'pengalihan.yaml',
    expect: [['pengalihan.yaml baris 3: butir ke-1 «ke» pengalihan berantai', 'tulis langsung «ke: /l/sktm/»']],
  },
  {
    fixture: 'pengalihan/tujuan-hilang.yaml',
    target: 'pengalihan.yaml',
    expect: [
      ['pengalihan.yaml baris 3: butir ke-1 «ke» /l/skmt/ tidak ada di situs', 'Tidak ada berkas layanan/skmt.md'],
    ],
  },
  {
    fixture: 'pengalihan/dari-masih-ada.yaml',
    target: 'pengalihan.yaml',
    expect: [['pengalihan.yaml baris 2: butir ke-1 «dari» /l/pindah/ masih berupa halaman di situs']],
  },
  {
    fixture: 'dicetak/rusak.json',
    target: 'dicetak.json',
    expect: [['dicetak.json baris 6:', 'Bukan JSON yang benar']],
  },
  {
    fixture: 'dicetak/isi-salah.json',
    target: 'dicetak.json',
    expect: [
      ['dicetak.json baris 4: «cetakan» butir ke-1 «tanggal» harus berupa tanggal'],
      ['dicetak.json baris 6: «cetakan» butir ke-1 «alamat» butir ke-1 harus berupa alamat halaman'],
    ],
  },
  {
    fixture: 'dicetak/alamat-hilang.json',
    target: 'dicetak.json',
    expect: [
      [
        'dicetak.json baris 6: Alamat uji.contoh.invalid/l/ktp-hilang sudah tercetak',
        'Kembalikan berkas',
        'layanan/ktp-hilang.md (nama berkas adalah alamatnya)',
        'pengalihan.yaml butir "- dari: /l/ktp-hilang/"',
      ],
    ],
  },
];
