// Where the editor saves, chosen by the administrator at build time, and the origins the editor page may
// reach because of it.
import { describe, expect, it } from 'vitest';
import { backendFromEnv } from '../../src/editor/backend.ts';

describe('backend editor', () => {
  it('uses GitHub with the repository GitHub Actions names, reaching only its API and the authenticator', () => {
    expect(
      backendFromEnv({ GITHUB_REPOSITORY: 'kemlagi/pelita', PELITA_EDITOR_AUTH: 'https://auth.contoh.id/x' }),
    ).toEqual({
      config: { name: 'github', repo: 'kemlagi/pelita', branch: 'main', base_url: 'https://auth.contoh.id' },
      origins: ['https://api.github.com', 'https://auth.contoh.id'],
    });
  });

  it('uses a self-hosted Gitea or Forgejo with PKCE, reaching only that server', () => {
    const env = {
      PELITA_EDITOR_BACKEND: 'gitea',
      PELITA_EDITOR_REPO: 'kecamatan/konten',
      PELITA_EDITOR_AUTH: 'https://git.mojokertokab.go.id',
      PELITA_EDITOR_APP_ID: 'abc',
    };
    expect(backendFromEnv(env)).toEqual({
      config: {
        name: 'gitea',
        repo: 'kecamatan/konten',
        branch: 'main',
        base_url: 'https://git.mojokertokab.go.id',
        api_root: 'https://git.mojokertokab.go.id/api/v1',
        app_id: 'abc',
      },
      origins: ['https://git.mojokertokab.go.id'],
    });
  });

  it('refuses a Gitea set-up without a server, and an address that is not https, in Indonesian', () => {
    expect(() => backendFromEnv({ PELITA_EDITOR_BACKEND: 'gitea' })).toThrow(/memerlukan PELITA_EDITOR_AUTH/);
    expect(() => backendFromEnv({ PELITA_EDITOR_AUTH: 'http://git.contoh.id' })).toThrow(/diawali https:\/\//);
  });
});
