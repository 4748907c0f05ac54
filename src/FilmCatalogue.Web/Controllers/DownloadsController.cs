using System.IO.Compression;
using System.Text;
using FilmCatalogue.Web.Caching;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Importing;
using FilmCatalogue.Web.Models;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace FilmCatalogue.Web.Controllers;

/// <summary>
/// The whole catalogue as files. Both are written while the films are read, a batch at a time, so that neither the
/// server nor its database holds more than one batch however large the catalogue grows; their validators come
/// from the films' count, highest id and latest change, checked before the first byte is written.
/// </summary>
[Route("downloads")]
public sealed class DownloadsController(CatalogueDbContext db, FilmRows films, CatalogueExporter exporter) : Controller
{
    private const int BatchSize = 100;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new DownloadsPage(await db.Films.CountAsync(cancellationToken)));

    /// <summary>One schema.org Movie per line: the JSON-LD each film page embeds, in id order.</summary>
    [HttpGet("catalogue.jsonl"), StreamedResponse]
    public async Task<IActionResult> JsonLines(CancellationToken cancellationToken)
    {
        Response.ContentType = "application/x-ndjson; charset=utf-8";
        if (await AnswersWithoutBodyAsync("catalogue.jsonl", cancellationToken))
        {
            return new EmptyResult();
        }

        var after = 0;
        while (true)
        {
            var ids = await db.Films.AsNoTracking().Where(f => f.Id > after).OrderBy(f => f.Id).Select(f => f.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            var pages = FilmPages.Load(markdown: null, films, ids, Request.AbsoluteUrl);
            var lines = new StringBuilder();
            foreach (var page in pages)
            {
                lines.Append(JsonLd.Serialize(page.StructuredData)).Append('\n');
            }

            await Response.WriteAsync(lines.ToString(), cancellationToken);
            after = ids[^1];
        }

        return new EmptyResult();
    }

    /// <summary>Every film as a record file, <c>{slug}.txt</c>, exactly as <c>export</c> writes it.</summary>
    [HttpGet("catalogue-records.zip"), StreamedResponse]
    public async Task<IActionResult> Records(CancellationToken cancellationToken)
    {
        Response.ContentType = "application/zip";
        if (await AnswersWithoutBodyAsync("catalogue-records.zip", cancellationToken))
        {
            return new EmptyResult();
        }

        // Create mode on a stream that cannot seek writes each entry once, front to back (sizes after the data). But
        // ZipArchive still writes synchronously (its entry streams have no true DisposeAsync), which the server
        // refuses: it writes into a forward-only buffer instead, emptied into the response after each entry, so
        // that no more than one compressed record is held at a time.
        var buffer = new ForwardOnlyBuffer();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await foreach (var film in exporter.AllFilmsAsync(cancellationToken))
            {
                var entry = zip.CreateEntry($"{film.Slug}.txt", CompressionLevel.Optimal);
                // The film's own date rather than the time of the download: the same catalogue gives the same archive.
                entry.LastWriteTime = new DateTimeOffset(FilmPages.Utc(film.UpdatedAt));
                using (var stream = entry.Open())
                {
                    stream.Write(Encoding.UTF8.GetBytes(RecordWriter.Write(CatalogueExporter.ToRecord(film))));
                }

                await buffer.DrainToAsync(Response.Body, cancellationToken);
            }
        }

        await buffer.DrainToAsync(Response.Body, cancellationToken);
        return new EmptyResult();
    }

    private async Task<bool> AnswersWithoutBodyAsync(string fileName, CancellationToken cancellationToken)
    {
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
        // Festivals count too: a record names its festivals' countries.
        var films = await db.Films.GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), MaxId = g.Max(f => f.Id), LastModified = g.Max(f => f.UpdatedAt) })
            .FirstOrDefaultAsync(cancellationToken);
        var festivals = await db.Festivals.MaxAsync(f => (DateTime?)f.UpdatedAt, cancellationToken);
        var lastModified = new[] { films?.LastModified, festivals }.Max();
        return HttpCaching.AnswersWithoutBody(HttpContext, $"{fileName}/{films?.Count}/{films?.MaxId}/{films?.LastModified.Ticks}/{festivals?.Ticks}", lastModified);
    }

    /// <summary>Collects what synchronous writers give it until it is emptied, asynchronously, into another stream.</summary>
    private sealed class ForwardOnlyBuffer : Stream
    {
        private readonly MemoryStream pending = new();
        private long written;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => written;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            pending.Write(buffer);
            written += buffer.Length;
        }

        public async Task DrainToAsync(Stream destination, CancellationToken cancellationToken)
        {
            await destination.WriteAsync(pending.GetBuffer().AsMemory(0, (int)pending.Length), cancellationToken);
            pending.SetLength(0);
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                pending.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
