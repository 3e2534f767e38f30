// Connects the official Web Chat to this host's own Direct Line endpoint (/v3/directline), polling (no WebSocket).
(async function () {
  'use strict';

  const directLineBase = location.origin + '/v3/directline';
  const status = document.getElementById('status');

  function explain(message) {
    status.textContent = message;
    status.hidden = false;
  }

  if (!window.WebChat) {
    explain('The Web Chat bundle is missing (wwwroot/lib/webchat.js). Build the host with npm available — see the README, section "Channels".');
    return;
  }

  // A portal that holds the Direct Line secret can open this page as /#token=<token>; otherwise ask the host.
  async function obtainToken() {
    const fromPortal = new URLSearchParams(location.hash.slice(1)).get('token');
    if (fromPortal) {
      return fromPortal;
    }

    const response = await fetch(directLineBase + '/tokens/generate', { method: 'POST' });
    if (response.status === 401) {
      throw new Error('This chat is locked down: open it from the intranet portal, which supplies an access token.');
    }
    if (!response.ok) {
      throw new Error('BriefingBot is not reachable right now (HTTP ' + response.status + '). Please try again later.');
    }
    return (await response.json()).token;
  }

  let token;
  try {
    token = await obtainToken();
  } catch (error) {
    explain(error.message);
    return;
  }

  // Once connected, tell the bot we joined so its welcome appears before the first question.
  const store = window.WebChat.createStore({}, ({ dispatch }) => next => action => {
    if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
      dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { locale: navigator.language } } });
    }
    // An answer carries its card and a plain-text copy for channels without cards; this page shows the card only.
    if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
      const activity = action.payload.activity;
      const hasCard = (activity.attachments || []).some(a => a.contentType === 'application/vnd.microsoft.card.adaptive');
      if (hasCard && activity.from && activity.from.role !== 'user') {
        action = { ...action, payload: { ...action.payload, activity: { ...activity, text: undefined } } };
      }
    }
    return next(action);
  });

  const styleOptions = {
    accent: '#1f4e79',
    botAvatarInitials: 'BB',
    botAvatarBackgroundColor: '#1f4e79',
    userAvatarInitials: 'You',
    bubbleBackground: '#f1f4f8',
    bubbleBorderColor: '#d9dee3',
    bubbleBorderRadius: 6,
    bubbleFromUserBackground: '#1f4e79',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 6,
    hideUploadButton: true,
    primaryFont: '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif',
    suggestedActionLayout: 'flow'
  };

  window.WebChat.renderWebChat(
    {
      directLine: window.WebChat.createDirectLine({ domain: directLineBase, webSocket: false, token }),
      store,
      username: 'You',
      locale: 'en-US',
      styleOptions
    },
    document.getElementById('webchat')
  );

  document.querySelector('#webchat [data-id="webchat-sendbox-input"]')?.focus();
})();
