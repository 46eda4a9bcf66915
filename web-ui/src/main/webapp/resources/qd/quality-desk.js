/*
 * A press never ends in silence: the server's own messages (a refused rule, a stale record, a busy
 * number) come back in the growl with the answer; this tells the person when no answer came back at
 * all - the request was refused or broken off (403, 500, a lost session, no network), or the server
 * failed where it could not put a message.
 */
function qdRequestFailed() {
    var text = document.getElementById('qdRequestFailedText');
    if (!text) {
        return;
    }
    var growl = window.PrimeFaces && PrimeFaces.widgets && PrimeFaces.widgets.growl;
    if (growl) {
        growl.renderMessage({summary: text.textContent, detail: '', severity: 'error'});
    } else {
        window.alert(text.textContent);
    }
}

$(document).on('pfAjaxError', function (event, xhr) {
    if (xhr && xhr.statusText === 'abort') {
        return; // the page is being left
    }
    qdRequestFailed();
});
