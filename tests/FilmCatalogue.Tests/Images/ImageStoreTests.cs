using FilmCatalogue.Web.Images;
using Microsoft.Extensions.Logging.Abstractions;

namespace FilmCatalogue.Tests.Images;

public sealed class ImageStoreTests : IDisposable
{
    private readonly ImageStore store = new(Directory.CreateTempSubdirectory("filmcatalogue-images-").FullName, NullLogger<ImageStore>.Instance);

    [Fact]
    public void NamesAreDrawnAtRandomAndOnlyTheStoresOwnNamesAreTaken()
    {
        var names = Enumerable.Range(0, 1000).Select(_ => ImageStore.NewName()).ToHashSet();

        Assert.Equal(1000, names.Count);
        Assert.All(names, n => Assert.True(ImageStore.IsStoredName(ImageStore.FileName(n, 320)), n));
        foreach (var name in new[] { "../catalogue.db", "poster.jpg", ".abcdefghijklmnopqrstuvwxyz.tmp", "ABCDEFGHIJKLMNOPQRSTUVWXYZ.webp", "abcdefghijklmnopqrstuvwxyz.webp/../x", "" })
        {
            Assert.False(ImageStore.IsStoredName(name), name);
            Assert.Throws<ArgumentException>(() => store.WriteAsync(name, new byte[1], CancellationToken.None).GetAwaiter().GetResult());
        }
    }

    [Fact]
    public async Task AFileIsWrittenWholeUnderItsNameWithNothingLeftBesideItAndDeletedWithItsThumbnails()
    {
        var name = ImageStore.NewName();
        byte[] content = [1, 2, 3];

        await store.WriteAsync(ImageStore.FileName(name), content, CancellationToken.None);
        await store.WriteAsync(ImageStore.FileName(name, 320), content, CancellationToken.None);

        Assert.Equal(new HashSet<string?> { ImageStore.FileName(name), ImageStore.FileName(name, 320) }, Directory.GetFiles(store.Root).Select(Path.GetFileName).ToHashSet());
        Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(store.Root, ImageStore.FileName(name))));
        await Assert.ThrowsAsync<IOException>(() => store.WriteAsync(ImageStore.FileName(name), content, CancellationToken.None));

        store.Delete([ImageStore.FileName(name), ImageStore.FileName(name, 320), null, ImageStore.FileName(name, 960)]);

        Assert.Empty(Directory.GetFiles(store.Root));
    }

    public void Dispose() => Directory.Delete(store.Root, recursive: true);
}
