// The staff pages' entry (src/staff.html): their own words, their own frame, nothing of the
// public app (no service worker, no IndexedDB, no directory): online only.
import { render } from 'preact';
import { takeInvitationToken } from './account/invitation-token';
import { StaffApp } from './app';
import { setupStaffI18n } from './i18n';
import './staff.css';

async function boot() {
  takeInvitationToken();
  await setupStaffI18n();
  render(<StaffApp />, document.getElementById('staff-app')!);
}

void boot();
