package ca.repere.framework;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import ca.repere.shared.web.Downloads;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Framework files in and out, for admins: the import page (upload, then every problem of a bad
 * file, or what was imported) and the export of any version as a file.
 */
@Controller
@RequestMapping("/admin/frameworks")
class FrameworkFileController {

    static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);
    static final MediaType SCHEMA = new MediaType("application", "schema+json", StandardCharsets.UTF_8);

    /** A bad file can have hundreds of problems; past these the list says how many more there are. */
    static final int PROBLEMS_SHOWN = 200;

    private final FrameworkTransfer transfer;
    private final FrameworkLibrary library;
    private final DataSize maxFileSize;

    FrameworkFileController(
            FrameworkTransfer transfer,
            FrameworkLibrary library,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.transfer = transfer;
        this.library = library;
        this.maxFileSize = maxFileSize;
    }

    @GetMapping("/import")
    String importForm(@ModelAttribute("form") ImportForm form, Model model) {
        Admins.require();
        Object imported = model.getAttribute("importedVersionId");
        if (imported instanceof Long id) {
            library.version(id, true).ifPresent(version -> model.addAttribute("imported", version));
        }
        return page(model);
    }

    @PostMapping("/import")
    String importFile(
            @ModelAttribute("form") ImportForm form,
            BindingResult binding,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        Admins.require();
        VersionStatus status = form.chosenStatus();
        if (status == null) {
            form.setStatus(VersionStatus.DRAFT.name());
            binding.rejectValue("status", "framework.import.statusRequired");
        }
        // The file is no property of the form (a browser never sends it back): its error is a model attribute.
        String fileError = null;
        // A file over the size limit never gets here: UploadSizeFilter turns it back.
        if (file == null || file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename())) {
            fileError = "framework.import.fileRequired";
        }
        if (binding.hasErrors() || fileError != null) {
            model.addAttribute("fileError", fileError);
            return page(model);
        }
        FrameworkTransfer.ImportOutcome outcome = transfer.importFile(bytes(file), status);
        if (!outcome.imported()) {
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("problemCount", outcome.problems().size());
            model.addAttribute(
                    "problems",
                    outcome.problems().stream().limit(PROBLEMS_SHOWN).toList());
            return page(model);
        }
        redirect.addFlashAttribute("importedVersionId", outcome.versionId());
        redirect.addFlashAttribute("newFramework", outcome.newFramework());
        return "redirect:/admin/frameworks/import";
    }

    /** Any version, whatever its status, as a framework file named {@code <code>-<label>.yaml}. */
    @GetMapping("/versions/{id}/export.yaml")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        Admins.require();
        FrameworkTransfer.ExportedFile file =
                transfer.export(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        return Downloads.attachment(file.fileName(), YAML, file.content());
    }

    /** The JSON Schema of the format, for admins who write files by hand (an editor can check them with it). */
    @GetMapping("/framework-file.schema.json")
    ResponseEntity<byte[]> schema() {
        Admins.require();
        try (InputStream schema = getClass().getResourceAsStream(FrameworkFileSchema.LOCATION)) {
            return Downloads.attachment("framework-file.schema.json", SCHEMA, schema.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String page(Model model) {
        model.addAttribute("maxFileKilobytes", maxFileSize.toKilobytes());
        model.addAttribute("problemsShown", PROBLEMS_SHOWN);
        return "framework/import";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
