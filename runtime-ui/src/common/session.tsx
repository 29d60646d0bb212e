import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { ApiError, api, setCsrfToken } from './api-client.js';

export type Membership = {
  readonly id: string;
  readonly siteId: string;
  readonly partnerId: string;
  readonly roleId: string;
};

export type SessionView = {
  readonly user: {
    readonly id: string;
    readonly username: string;
    readonly displayName: string;
    readonly locale: string;
  };
  readonly memberships: readonly Membership[];
  readonly csrfToken: string | null;
  readonly currentMembershipId: string | null;
};

type Session = {
  readonly view: SessionView | null;
  readonly loading: boolean;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  switchMembership(id: string): Promise<void>;
};

const SessionContext = createContext<Session | undefined>(undefined);

function remember(view: SessionView | null): SessionView | null {
  setCsrfToken(view?.csrfToken ?? null);
  return view;
}

/** Holds the signed-in user (from `GET /api/auth/me`) and the sign-in, sign-out and switch actions. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [view, setView] = useState<SessionView | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    api<SessionView>('/api/auth/me')
      .then((v) => setView(remember(v)))
      .catch((error: unknown) => {
        if (!(error instanceof ApiError) || error.problem.status !== 401) console.error(error);
      })
      .finally(() => setLoading(false));
  }, []);
  const signIn = useCallback(async (username: string, password: string) => {
    setView(remember(await api<SessionView>('/api/auth/login', { body: { username, password } })));
  }, []);
  const signOut = useCallback(async () => {
    await api('/api/auth/logout', { method: 'POST', body: {} });
    setView(remember(null));
  }, []);
  const switchMembership = useCallback(async (membershipId: string) => {
    setView(remember(await api<SessionView>('/api/auth/context', { method: 'PUT', body: { membershipId } })));
  }, []);
  return (
    <SessionContext.Provider value={{ view, loading, signIn, signOut, switchMembership }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (value === undefined) throw new Error('useSession outside SessionProvider');
  return value;
}
