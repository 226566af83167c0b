import { useCallback, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessages } from '../../../ui/problems';
import { ME_QUERY, SIGN_OUT_MUTATION } from '../graphql/account.graphql';

/**
 * After the session ended on the server (sign-out, account deleted): forget everything cached for
 * this person, show the app as a guest and go to `to` (the start page) with a confirmation.
 *
 * resetStore, not clearStore: clearStore also drops the watches of mounted queries, so the header
 * would keep showing the person. resetStore empties the cache and refetches what is on screen.
 */
export function useEndSession() {
  const client = useApolloClient();
  const navigate = useNavigate();
  return useCallback(
    async (flashKey: string, to = '/') => {
      try {
        await client.resetStore();
      } catch {
        // Queries of the page being left may fail without a session; they are not shown any more.
      }
      // Guest for sure, even if the refetch of `me` failed.
      client.writeQuery({ query: ME_QUERY, data: { me: null } });
      await navigate(to, { state: { flash: flashKey } });
    },
    [client, navigate],
  );
}

/** Signs out on the server, then ends the session here; a failure is kept as a message. */
export function useSignOut() {
  const { t } = useTranslation();
  const [mutate, { loading }] = useMutation(SIGN_OUT_MUTATION);
  const endSession = useEndSession();
  const [failure, setFailure] = useState<string | null>(null);
  const signOut = useCallback(
    async (to = '/') => {
      setFailure(null);
      try {
        await mutate();
      } catch (error) {
        setFailure(errorMessages(t, error).join(' '));
        return;
      }
      await endSession('auth.signedOut', to);
    },
    [mutate, endSession, t],
  );
  return { signOut, loading, failure };
}
