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

    // A file over the upload limit is refused here, before it is sent: the server would turn it
    // back anyway (UploadSizeFilter), after the wait.
    document.querySelectorAll("input[type=file][data-max-bytes]").forEach(function (input) {
        var message = document.getElementById(input.id + "-too-large");
        var limit = Number(input.getAttribute("data-max-bytes"));
        function tooLarge() {
            return Array.prototype.some.call(input.files || [], function (file) {
                return file.size > limit;
            });
        }
        input.addEventListener("change", function () {
            var refused = tooLarge();
            if (message) {
                message.hidden = !refused;
            }
            input.classList.toggle("is-invalid", refused);
        });
        if (input.form) {
            input.form.addEventListener("submit", function (event) {
                if (tooLarge()) {
                    event.preventDefault();
                    input.focus();
                }
            });
        }
    });
});
