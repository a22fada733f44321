// Moves the focus to a form's error summary, so that keyboard and screen-reader users meet it first.
document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
        summary.focus();
    }
});
