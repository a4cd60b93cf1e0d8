import type { Me } from '@hearth/contracts';
import { createContext, useContext } from 'react';

export interface Session {
  needsSetup: boolean;
  /** The signed-in member, or null. */
  me: Me | null;
}

export const SessionContext = createContext<Session | null>(null);

/** The session as the SessionGate loaded it; only usable below the gate. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside SessionGate');
  return session;
}

/** The signed-in member on pages whose access guarantees one (member, staff, applicant). */
export function useSignedInMember(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useSignedInMember is used on a page that does not require signing in');
  return me;
}
