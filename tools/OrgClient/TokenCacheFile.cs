using System;
using System.IO;
using Microsoft.Identity.Client;

namespace DataverseFunnel.OrgClient
{
    /// <summary>
    /// MSAL's token cache kept in one file that only the user can read (0600 on Unix), through MSAL's serialization
    /// callbacks: https://learn.microsoft.com/entra/msal/dotnet/how-to/token-cache-serialization
    /// </summary>
    public sealed class TokenCacheFile
    {
        private readonly string path;
        private readonly object gate = new();

        public TokenCacheFile(string path) => this.path = path;

        /// <summary>~/.cache/dataversefunnel/msal-token-cache.bin (XDG_CACHE_HOME when set).</summary>
        public static string DefaultPath
        {
            get
            {
                var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
                if (string.IsNullOrEmpty(root))
                {
                    root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
                }

                return Path.Combine(root, "dataversefunnel", "msal-token-cache.bin");
            }
        }

        /// <summary>Loads the cache before MSAL reads it and saves it after MSAL changed it.</summary>
        public void Bind(ITokenCache cache)
        {
            cache.SetBeforeAccess(args =>
            {
                lock (gate)
                {
                    args.TokenCache.DeserializeMsalV3(File.Exists(path) ? File.ReadAllBytes(path) : null, shouldClearExistingCache: true);
                }
            });
            cache.SetAfterAccess(args =>
            {
                if (!args.HasStateChanged)
                {
                    return;
                }

                lock (gate)
                {
                    Save(args.TokenCache.SerializeMsalV3());
                }
            });
        }

        // Written to a private temporary file, then moved into place: a reader never sees half a cache, and the
        // file is never readable by others, not even for a moment.
        private void Save(byte[] data)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
            if (!OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            else
            {
                Directory.CreateDirectory(directory);
            }

            var temporary = path + ".tmp";
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(data);
            }

            if (!OperatingSystem.IsWindows())
            {
                // UnixCreateMode applies only to a new file; a stale temporary keeps its old mode otherwise.
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            File.Move(temporary, path, overwrite: true);
        }
    }
}
