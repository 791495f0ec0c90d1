// Where the editor saves: a git host. Production sign-in (GitHub through a small OAuth authenticator,
// or a self-hosted Gitea/Forgejo with PKCE) is chosen by the administrator with environment variables at
// build time; the local-repository mode (`npm run edit`) needs none of them. The origins listed here are
// the only ones the editor page's Content-Security-Policy lets it reach.
import { UserError } from '../core/user-error.ts';

export interface BackendChoice {
  /** Sveltia's backend options. */
  config: Record<string, string>;
  /** Origins the browser must reach for this backend (API, sign-in). */
  origins: string[];
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * PELITA_EDITOR_BACKEND: github (default) or gitea. PELITA_EDITOR_REPO (else GitHub Actions'
 * GITHUB_REPOSITORY): owner/name. PELITA_EDITOR_BRANCH: default main. PELITA_EDITOR_AUTH: the OAuth
 * authenticator's address (GitHub) or the Gitea/Forgejo server's address. PELITA_EDITOR_APP_ID: the
 * Gitea/Forgejo OAuth application id (PKCE).
 */
export function backendFromEnv(env: Env): BackendChoice {
  const repo = env.PELITA_EDITOR_REPO || env.GITHUB_REPOSITORY || 'pemilik/pelita';
  const branch = env.PELITA_EDITOR_BRANCH || 'main';
  const auth = originOf(env.PELITA_EDITOR_AUTH);
  if (env.PELITA_EDITOR_BACKEND === 'gitea') {
    if (!auth)
      throw new UserError(
        'PELITA_EDITOR_BACKEND=gitea memerlukan PELITA_EDITOR_AUTH, alamat server Gitea/Forgejo, misalnya https://git.mojokertokab.go.id',
      );
    return {
      config: {
        name: 'gitea',
        repo,
        branch,
        base_url: auth,
        api_root: `${auth}/api/v1`,
        // Sveltia signs in to Gitea/Forgejo with PKCE when given the OAuth application id.
        ...(env.PELITA_EDITOR_APP_ID ? { app_id: env.PELITA_EDITOR_APP_ID } : {}),
      },
      origins: [auth],
    };
  }
  return {
    config: { name: 'github', repo, branch, ...(auth ? { base_url: auth } : {}) },
    origins: ['https://api.github.com', ...(auth ? [auth] : [])],
  };
}

function originOf(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const url = URL.canParse(address) ? new URL(address) : undefined;
  if (url?.protocol !== 'https:')
    throw new UserError(`PELITA_EDITOR_AUTH=${address} harus berupa alamat yang diawali https://`);
  return url!.origin;
}
