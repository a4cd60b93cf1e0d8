import { memberRoutes, type Me } from '@hearth/contracts';
import { useMutation } from '@tanstack/react-query';
import { Trash2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { upload } from '../../api/upload';
import { useErrorText } from '../../app/use-error-text';
import { Avatar, Button, FileDropZone, Spinner, useToast } from '../../ui';
import { AVATAR_MAX_MB, AVATAR_TYPES, checkAvatarFile } from './avatar-file';
import { useApplyMe } from './use-apply-me';

/**
 * The member's photo: choose or drop an image (checked here first, then by the server, whose
 * answer wins), see it at once while it uploads, or remove it.
 */
export function AvatarEditor({ me }: { me: Me }) {
  const { t, i18n } = useTranslation('profile');
  const toast = useToast();
  const errorText = useErrorText();
  const applyMe = useApplyMe();
  const [preview, setPreview] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!preview) return;
    return () => URL.revokeObjectURL(preview);
  }, [preview]);

  const uploadAvatar = useMutation({
    mutationFn: (file: File) => upload(memberRoutes.uploadAvatar, file),
    onSuccess: ({ member }) => {
      applyMe(member);
      toast.show({ title: t('avatar.uploaded'), tone: 'success' });
    },
    onError: (error) => setProblem(errorText(error)),
    onSettled: () => setPreview(null),
  });
  const removeAvatar = useMutation({
    mutationFn: () => call(memberRoutes.deleteAvatar),
    onSuccess: ({ member }) => {
      applyMe(member);
      toast.show({ title: t('avatar.removed'), tone: 'success' });
    },
    onError: (error) => setProblem(errorText(error)),
  });
  const isBusy = uploadAvatar.isPending || removeAvatar.isPending;
  // "5 MB" stays on one line.
  const maxSize = new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'megabyte' }).format(AVATAR_MAX_MB).replace(' ', '\u00a0');

  const choose = (file: File) => {
    setProblem(null);
    const issue = checkAvatarFile(file);
    if (issue) {
      setProblem(issue === 'type' ? t('avatar.wrongType') : t('avatar.tooLarge', { max: maxSize }));
      return;
    }
    setPreview(URL.createObjectURL(file));
    uploadAvatar.mutate(file);
  };

  return (
    <div className="flex flex-col gap-2">
      <FileDropZone
        accept={AVATAR_TYPES.join(',')}
        onFile={choose}
        buttonLabel={me.avatarUrl ? t('avatar.replace') : t('avatar.choose')}
        dropHint={t('avatar.hint', { max: maxSize })}
        isDisabled={isBusy}
        actions={
          me.avatarUrl &&
          !preview && (
            <Button
              variant="ghost"
              size="sm"
              onClick={() => {
                setProblem(null);
                removeAvatar.mutate();
              }}
              isLoading={removeAvatar.isPending}
              disabled={isBusy}
              icon={<Trash2 className="size-4" aria-hidden="true" />}
            >
              {t('avatar.remove')}
            </Button>
          )
        }
      >
        <span className="relative shrink-0">
          {preview ? (
            <img src={preview} alt={t('avatar.preview')} className="size-24 rounded-full object-cover" />
          ) : (
            <Avatar name={me.displayName} src={me.avatarUrl} size="2xl" />
          )}
          {uploadAvatar.isPending && (
            <span className="absolute inset-0 flex items-center justify-center rounded-full bg-surface/70">
              <Spinner label={t('avatar.uploading')} className="size-7" />
            </span>
          )}
        </span>
      </FileDropZone>
      {problem && (
        <p role="alert" className="text-sm text-danger">
          {problem}
        </p>
      )}
    </div>
  );
}
