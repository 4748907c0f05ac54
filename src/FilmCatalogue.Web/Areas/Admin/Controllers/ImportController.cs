using System.Text;
using FilmCatalogue.Web.Areas.Admin.Editing;
using FilmCatalogue.Web.Areas.Admin.Models;
using FilmCatalogue.Web.History;
using FilmCatalogue.Web.Importing;
using FilmCatalogue.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace FilmCatalogue.Web.Areas.Admin.Controllers;

/// <summary>
/// A record pasted or uploaded: first a preview of what the import would do, with every warning and error and its
/// line, storing nothing; then the import itself, through the importer, in its one transaction per record.
/// </summary>
[Route("admin/import")]
public sealed partial class ImportController(ImportPreviewer previewer, RecordImporter importer, ILogger<ImportController> logger) : EditorController
{
    /// <summary>The largest record accepted: the biggest real ones are a few kilobytes.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>What the server reads of a request before it answers that the record is too large.</summary>
    private const int MaxRequestBytes = 4 * MaxBytes;

    private const string PastedSource = "pasted text";

    [HttpGet("")]
    public IActionResult Index() => View(new ImportPage { MaxKilobytes = MaxBytes / 1024 });

    [HttpPost("preview")]
    [EnableRateLimiting(RateLimits.Import)]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes, ValueLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Preview([Bind(Prefix = InputPrefix)] ImportInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        byte[]? content = null;
        var sourceName = PastedSource;
        if (input.File is { Length: > 0 } file)
        {
            sourceName = Path.GetFileName(file.FileName);
            if (file.Length > MaxBytes)
            {
                ModelState.AddModelError($"{InputPrefix}.{nameof(input.File)}", TooLarge(file.Length));
            }
            else
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken);
                content = buffer.ToArray();
            }
        }
        else if (!string.IsNullOrWhiteSpace(input.Text))
        {
            content = Encoding.UTF8.GetBytes(input.Text);
            if (content.Length > MaxBytes)
            {
                ModelState.AddModelError($"{InputPrefix}.{nameof(input.Text)}", TooLarge(content.Length));
                content = null;
            }
        }
        else
        {
            ModelState.AddModelError($"{InputPrefix}.{nameof(input.Text)}", Text["Paste a record here, or choose a record file below."]);
        }

        if (content is null || !ModelState.IsValid)
        {
            return View("Index", new ImportPage { Input = input, MaxKilobytes = MaxBytes / 1024 });
        }

        var preview = await previewer.PreviewAsync(new RecordSource(sourceName, content), cancellationToken);
        return View("Index", new ImportPage
        {
            Input = new ImportInput { Text = input.File is null ? input.Text : null },
            Preview = preview,
            Commit = new ImportCommitInput { SourceName = sourceName, Content = Convert.ToBase64String(content) },
            MaxKilobytes = MaxBytes / 1024,
        });
    }

    [HttpPost("")]
    [EnableRateLimiting(RateLimits.Import)]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(ValueLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Import([Bind(Prefix = "Commit")] ImportCommitInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var content = new byte[MaxBytes];
        if (!ModelState.IsValid || !Convert.TryFromBase64String(input.Content!, content, out var length))
        {
            Status(Text["The record to import did not come through: preview it again."]);
            return RedirectToAction(nameof(Index));
        }

        var sourceName = Path.GetFileName(input.SourceName!);
        HistoryRecorder.Note(HttpContext, $"Imported from {sourceName}");
        var source = new RecordSource(sourceName, content.AsMemory(0, length));
        var outcome = await importer.ImportAsync(source, cancellationToken);
        LogImported(User.Identity?.Name, sourceName, outcome.Status);
        return View("Index", new ImportPage { Outcome = outcome, MaxKilobytes = MaxBytes / 1024 });
    }

    private string TooLarge(long bytes) =>
        Text["The record is {0} KB: at most {1} KB can be imported at once. Is it the right file?", bytes / 1024, MaxBytes / 1024];

    [LoggerMessage(Level = LogLevel.Information, Message = "Curator {Curator} imported {Source}: {Status}")]
    private partial void LogImported(string? curator, string source, ImportStatus status);
}
