import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useTranslation } from '../lib/use-translation';
import { Button } from '../components/ui/button';
import { LanguageSwitcher } from '../components/ui/language-switcher';
import { useMe } from '../api/get-me';
import { useSignOut } from '../features/auth/api/sign-out';
import { useSetLocale } from '../features/auth/api/set-locale';
import { localeOf } from '@clapper/domain/locales';
import { hasRole } from '../features/auth/utils/role-home';
import { paths } from './paths';
import { RouteScrollAndFocus } from './route-focus';
import { NotificationBell } from '../features/notifications/components/notification-bell';

/** Header (nav by role, the signed-in name, sign-out, language), skip link, main landmark and footer. */
export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const setLocale = useSetLocale();
  const navigate = useNavigate();
  const user = me.data ?? null;
  // a language picked before we know who is signed in is saved on the account once we do (the mail follows it)
  const pickedBeforeMe = useRef<string | null>(null);
  useEffect(() => {
    const locale = pickedBeforeMe.current === null ? undefined : localeOf(pickedBeforeMe.current);
    if (me.isPending || !locale) return;
    pickedBeforeMe.current = null;
    if (user) setLocale.mutate(locale);
  }, [me.isPending, user, setLocale]);
  const coordinatorOf = user?.roles.find((r) => r.role === 'coordinator' && r.countryCode)?.countryCode ?? null;

  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <NavLink to={paths.home} className="brand" end>
            <span className="brand-mark" aria-hidden="true">
              ▶
            </span>
            Clapper
          </NavLink>
          <nav className="main-nav" aria-label={t('nav.label')}>
            <ul>
              <li>
                <NavLink to={paths.home} end>
                  {t('nav.competitions')}
                </NavLink>
              </li>
              {hasRole(user, 'organiser') ? (
                <>
                  <li>
                    <NavLink to={paths.admin.root} end>
                      {t('nav.admin')}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to={paths.entries.list()}>{t('nav.entries')}</NavLink>
                  </li>
                  <li>
                    <NavLink to={paths.admin.invitations}>{t('nav.invitations')}</NavLink>
                  </li>
                  <li>
                    <NavLink to={paths.admin.outbox}>{t('nav.outbox')}</NavLink>
                  </li>
                  <li>
                    <NavLink to={paths.admin.audit}>{t('nav.audit')}</NavLink>
                  </li>
                  <li>
                    <NavLink to={paths.admin.users}>{t('nav.users')}</NavLink>
                  </li>
                </>
              ) : null}
              {hasRole(user, 'student') || hasRole(user, 'teacher') || user?.teacherRequest ? (
                <li>
                  <NavLink to={paths.me.entries}>{t('nav.myEntries')}</NavLink>
                </li>
              ) : null}
              {hasRole(user, 'judge') ? (
                <li>
                  <NavLink to={paths.judge.root}>{t('nav.judge')}</NavLink>
                </li>
              ) : null}
              {coordinatorOf ? (
                <li>
                  <NavLink to={paths.coordinate(coordinatorOf)}>{t('nav.myCountry')}</NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
          <div className="header-tools">
            <LanguageSwitcher
              onChosen={(lng) => {
                const locale = localeOf(lng);
                if (me.isPending) pickedBeforeMe.current = lng;
                else if (user && locale) setLocale.mutate(locale);
              }}
            />
            {me.isPending ? null : user ? (
              <div className="account">
                <NotificationBell />
                <span className="account-name" title={user.email}>
                  {t('nav.signedInAs', { name: user.displayName })}
                </span>
                <NavLink to={paths.me.security}>{t('nav.security')}</NavLink>
                <Button variant="secondary" busy={signOut.isPending} onClick={() => signOut.mutate(undefined, { onSuccess: () => void navigate(paths.home) })}>
                  {t('auth.signOut')}
                </Button>
              </div>
            ) : (
              <div className="account">
                <NavLink to={paths.signIn}>{t('auth.signIn')}</NavLink>
                <NavLink to={paths.signUp} className="btn btn-primary">
                  {t('auth.signUp')}
                </NavLink>
              </div>
            )}
          </div>
        </div>
      </header>
      {/* after client-side navigation: the new page's top (or its #hash), the focus on its heading; back restores the scroll */}
      <RouteScrollAndFocus />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('footer.text')}</p>
      </footer>
    </>
  );
}
