// Where the register comes from and under which licence, in the one wording every use repeats. The
// data of idn-area-data is under the Open Database License; its section 4.3 asks that whatever is made
// public from it says so, with links to the database and the licence.

export const REGISTER_SOURCE = {
  database: 'idn-area-data',
  databaseUrl: 'https://github.com/fityannugroho/idn-area-data',
  dasar: 'Kepmendagri No. 300.2.2-2138 Tahun 2025',
  licence: 'Open Database License (ODbL) 1.0',
  licenceUrl: 'https://opendatacommons.org/licenses/odbl/1-0/',
} as const;

/** The ODbL 4.3 notice in Bahasa Indonesia, for files and output that carry names or codes from the register. */
export const REGISTER_NOTICE =
  `Nama dan kode wilayah berasal dari ${REGISTER_SOURCE.database} (${REGISTER_SOURCE.databaseUrl}), ` +
  `berdasarkan ${REGISTER_SOURCE.dasar}, tersedia di bawah ${REGISTER_SOURCE.licence} (${REGISTER_SOURCE.licenceUrl}).`;
