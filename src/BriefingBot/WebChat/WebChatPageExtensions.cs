using Microsoft.Extensions.FileProviders;

namespace BriefingBot.WebChat;

/// <summary>Serves the intranet Web Chat page (<c>wwwroot/index.html</c>, its script, styles and the Web Chat bundle).</summary>
public static class WebChatPageExtensions
{
    /// <summary>
    /// Serves <c>wwwroot</c> from next to the binary (the build copies it there), so the page works whatever the
    /// working directory; falls back to the content root's <c>wwwroot</c>.
    /// </summary>
    public static WebApplication UseWebChatPage(this WebApplication app)
    {
        var besideBinary = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var files = Directory.Exists(besideBinary) ? new PhysicalFileProvider(besideBinary) : app.Environment.WebRootFileProvider;
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        return app;
    }
}
