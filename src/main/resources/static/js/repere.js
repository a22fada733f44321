// Progressive enhancement only: every page works without this file.

document.addEventListener("DOMContentLoaded", function () {
    // A form's error summary (or conflict notice) takes the focus, so that keyboard and
    // screen-reader users meet it first.
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
        summary.focus();
    }

    // Warn before leaving a page whose form has unsaved changes. Submitting the form is not leaving.
    document.querySelectorAll("form[data-unsaved-warning]").forEach(function (form) {
        var initial = new URLSearchParams(new FormData(form)).toString();
        var submitting = false;
        form.addEventListener("submit", function () {
            submitting = true;
        });
        window.addEventListener("beforeunload", function (event) {
            if (submitting) {
                return;
            }
            if (new URLSearchParams(new FormData(form)).toString() !== initial) {
                event.preventDefault();
                event.returnValue = "";
            }
        });
    });
});
