import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'wouter';

/**
 * Runs a one-time-token action (`?token=` from a mail link) exactly once when the page
 * opens — also under StrictMode's double effects, since the token is single-use.
 */
export function useTokenAction<T>(
  action: (token: string) => Promise<T>,
  onSuccess: (result: T) => void,
): { token: string; mutation: UseMutationResult<T, Error, string> } {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const mutation = useMutation({ mutationFn: action, onSuccess });
  const hasStarted = useRef(false);
  const { mutate } = mutation;
  useEffect(() => {
    if (!token || hasStarted.current) return;
    hasStarted.current = true;
    mutate(token);
  }, [token, mutate]);
  return { token, mutation };
}
