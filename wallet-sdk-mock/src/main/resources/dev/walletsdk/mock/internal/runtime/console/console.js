// The mock's web console. Every value shown comes from requests the mock received, so it is put
// into the page as text only (textContent, text nodes, setAttribute), never parsed as HTML.
// The control token, if the mock has one, is read once from the URL fragment (#token=...) or
// the token form, kept in this tab's sessionStorage, and sent only in the Mock-Control-Token
// header of requests to this same origin.
'use strict';

(function () {
  const TOKEN_KEY = 'walletMockControlToken';
  const REFRESH_MILLIS = 1000;
  let timer = null;
  let running = false;
  let again = false;
  let walletIds = '';
  let journalHead = null;

  function takeTokenFromFragment() {
    const hash = window.location.hash;
    if (hash.startsWith('#token=')) {
      let token = hash.slice('#token='.length);
      try {
        token = decodeURIComponent(token);
      } catch (malformed) {
        // Not percent-encoded: use it as it is.
      }
      sessionStorage.setItem(TOKEN_KEY, token);
      // The fragment never reaches a server; drop it from the address bar and history too.
      history.replaceState(null, '', window.location.pathname + window.location.search);
    }
  }

  function byId(id) {
    return document.getElementById(id);
  }

  /** An element with attributes and children; strings become text nodes. */
  function el(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      element.setAttribute(name, String(value));
    }
    for (const child of children) {
      element.append(child instanceof Node ? child : String(child));
    }
    return element;
  }

  function money(amount) {
    return amount ? amount.amount + ' ' + amount.currency : '';
  }

  async function call(method, path, body) {
    const headers = {};
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) {
      headers['Mock-Control-Token'] = token;
    }
    const init = { method, headers, cache: 'no-store', credentials: 'omit', redirect: 'error' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch(path, init);
    const json = await response.json();
    if (!response.ok) {
      const failure = new Error(json.detail || 'HTTP ' + response.status);
      failure.code = json.code;
      throw failure;
    }
    return json;
  }

  function setStatus(text, failed) {
    const status = byId('status');
    status.textContent = text;
    status.className = failed ? 'error' : 'muted';
  }

  /** Shows why the state could not be read; cleared by the next read that works. */
  function showLoadFailure(failure) {
    const tokenProblem =
      failure.code === 'control_token_required' || failure.code === 'control_token_invalid';
    byId('token-form').hidden = !tokenProblem;
    const problem = byId('load-error');
    problem.textContent = failure.message;
    problem.hidden = false;
  }

  function renderWallets(partners) {
    const rows = [];
    const ids = [];
    for (const partner of partners.partners) {
      for (const wallet of partner.wallets) {
        ids.push(wallet.id);
        const balances = wallet.balances.length ? wallet.balances : [null];
        for (const balance of balances) {
          const currency = balance ? balance.currency : '';
          rows.push(
            el('tr', { 'data-wallet': wallet.id, 'data-currency': currency },
              el('td', {}, partner.name + ' (' + partner.id + ')'),
              el('td', { class: 'id' }, wallet.id),
              el('td', {}, wallet.displayName),
              el('td', {}, wallet.status),
              el('td', {}, currency),
              el('td', { class: 'available num' }, balance ? money(balance.available) : ''),
              el('td', { class: 'pending num' }, balance ? money(balance.pending) : ''),
              el('td', { class: 'total num' }, balance ? money(balance.total) : '')));
        }
      }
    }
    byId('wallets').replaceChildren(...rows);
    if (ids.join(',') !== walletIds) {
      walletIds = ids.join(',');
      const select = byId('fund-wallet');
      const chosen = select.value;
      select.replaceChildren(...ids.map((id) => el('option', { value: id }, id)));
      if (ids.includes(chosen)) {
        select.value = chosen;
      }
    }
  }

  function renderAudit(audit) {
    const status = byId('audit-status');
    status.textContent = audit.clean ? 'Clean: every invariant holds' : 'Violations found';
    status.className = audit.clean ? 'ok' : 'error';
    byId('audit-violations').replaceChildren(...audit.violations.map((v) => el('li', {}, v)));
  }

  function renderJournal(timeline) {
    const chain = byId('chain-status');
    chain.textContent = timeline.intact
      ? 'Hash chain intact: ' + timeline.length + ' entries, head ' + timeline.head.slice(0, 16)
      : 'Hash chain broken at entry ' + timeline.firstBroken;
    chain.className = timeline.intact ? 'ok' : 'error';
    if (timeline.head === journalHead) {
      return;
    }
    journalHead = timeline.head;
    byId('journal').replaceChildren(
      ...timeline.entries.map((entry) =>
        el('li', { value: entry.sequence, 'data-sequence': entry.sequence },
          el('div', { class: 'entry-head' },
            el('strong', {}, '#' + entry.sequence + ' ' + entry.type),
            ' ' + entry.kind + ' ' + entry.resourceId + ' at ' + entry.at + ' ',
            el('span', { class: entry.linked && entry.hashValid ? 'ok' : 'error' },
              entry.linked && entry.hashValid ? 'chained' : 'broken'),
            el('span', { class: 'hash' }, ' ' + entry.hash.slice(0, 16))),
          el('ul', { class: 'legs' },
            ...entry.legs.map((leg) =>
              el('li', {}, leg.debit + ' → ' + leg.credit + ': ' + money(leg.amount)))))));
  }

  function renderHolds(holds) {
    byId('challenges').replaceChildren(
      ...holds.challenges.map((c) =>
        el('tr', { 'data-challenge': c.id },
          el('td', { class: 'id' }, c.id),
          el('td', { class: 'id' }, c.walletId),
          el('td', {}, c.operation + ' (' + c.heldRoute + ')'),
          el('td', { class: 'num' }, money(c.amount)),
          el('td', {}, c.status),
          el('td', {}, c.expiresAt),
          el('td', { class: 'code' }, c.currentCode || ''))));
    byId('reservations').replaceChildren(
      ...holds.reservations.map((r) =>
        el('li', {}, '#' + r.sequence + ' ' + r.type + ' ' + r.resourceId + ': ' +
          r.legs.map((leg) => leg.debit + ' → ' + leg.credit + ' ' + money(leg.amount))
            .join(', '))));
  }

  function renderEvents(events) {
    byId('events').replaceChildren(
      ...events.events.map((event) =>
        el('tr', { 'data-event': event.id },
          el('td', {}, event.createdAt),
          el('td', { class: 'id' }, event.partnerId),
          el('td', {}, event.type),
          el('td', { class: 'id' }, event.id),
          el('td', { class: 'data' }, JSON.stringify(event.data)))));
  }

  function renderWebhooks(webhooks) {
    byId('webhook-summary').textContent =
      webhooks.endpoints.length + ' endpoint(s), ' + webhooks.pending + ' pending, ' +
      webhooks.abandoned.length + ' abandoned';
    byId('attempts').replaceChildren(
      ...webhooks.attempts.map((a) =>
        el('tr', {},
          el('td', {}, a.at),
          el('td', { class: 'id' }, a.endpointId),
          el('td', { class: 'id' }, a.eventId),
          el('td', { class: 'num' }, a.attempt),
          el('td', { class: a.status >= 200 && a.status < 300 ? 'ok' : 'error' }, a.status),
          el('td', { class: 'hash' }, a.signature))));
  }

  function renderFaults(faults) {
    byId('faults').replaceChildren(...faults.faults.map((f) => el('li', {}, f)));
    const fired = Object.entries(faults.fired).map(([kind, count]) => kind + ' × ' + count);
    byId('faults-fired').textContent =
      fired.length ? 'Fired so far: ' + fired.join(', ') : 'No fault has fired';
  }

  async function refresh() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    clearTimeout(timer);
    try {
      const [clock, partners, timeline, audit, holds, events, webhooks, faults] =
        await Promise.all([
          call('GET', '/_mock/clock'),
          call('GET', '/_mock/partners'),
          call('GET', '/_mock/journal/timeline'),
          call('GET', '/_mock/audit'),
          call('GET', '/_mock/holds'),
          call('GET', '/_mock/events'),
          call('GET', '/_mock/webhooks'),
          call('GET', '/_mock/faults'),
        ]);
      byId('clock-now').textContent = clock.now;
      renderWallets(partners);
      renderJournal(timeline);
      renderAudit(audit);
      renderHolds(holds);
      renderEvents(events);
      renderWebhooks(webhooks);
      renderFaults(faults);
      byId('token-form').hidden = true;
      byId('load-error').hidden = true;
      byId('updated').textContent = '(refreshed ' + new Date().toLocaleTimeString() + ')';
    } catch (failure) {
      showLoadFailure(failure);
    } finally {
      running = false;
      if (again) {
        again = false;
        refresh();
      } else {
        timer = setTimeout(refresh, REFRESH_MILLIS);
      }
    }
  }

  /** Runs a control-plane change, then shows its outcome (until the next one) and the new state. */
  async function act(description, method, path, body) {
    try {
      await call(method, path, body);
      setStatus(description, false);
    } catch (failure) {
      setStatus('Refused: ' + failure.message, true);
      if (failure.code === 'control_token_required' || failure.code === 'control_token_invalid') {
        byId('token-form').hidden = false;
      }
    }
    await refresh();
  }

  function onSubmit(id, handler) {
    byId(id).addEventListener('submit', (event) => {
      event.preventDefault();
      handler();
    });
  }

  function wire() {
    onSubmit('token-form', () => {
      sessionStorage.setItem(TOKEN_KEY, byId('token-input').value);
      byId('token-input').value = '';
      refresh();
    });
    onSubmit('fund-form', () => {
      const wallet = byId('fund-wallet').value;
      const amount = { amount: byId('fund-amount').value.trim(),
        currency: byId('fund-currency').value.trim().toUpperCase() };
      act('Funded ' + wallet + ' with ' + money(amount), 'POST',
        '/_mock/wallets/' + encodeURIComponent(wallet) + '/fund', { amount });
    });
    onSubmit('advance-form', () => {
      const seconds = Number.parseInt(byId('advance-seconds').value, 10);
      act('Clock advanced by ' + seconds + ' s', 'POST', '/_mock/clock/advance', { seconds });
    });
    onSubmit('set-clock-form', () => {
      const at = byId('set-clock-at').value.trim();
      act('Clock set to ' + at, 'POST', '/_mock/clock', { at });
    });
    onSubmit('fault-form', () => {
      const fault = {
        kind: byId('fault-kind').value,
        method: byId('fault-method').value.trim(),
        path: byId('fault-path').value.trim(),
        times: Number.parseInt(byId('fault-times').value, 10),
      };
      act('Fault injected: ' + fault.kind, 'POST', '/_mock/faults', fault);
    });
    byId('faults-clear').addEventListener('click', () =>
      act('Faults cleared', 'DELETE', '/_mock/faults'));
  }

  document.addEventListener('DOMContentLoaded', () => {
    takeTokenFromFragment();
    wire();
    refresh();
  });
})();
