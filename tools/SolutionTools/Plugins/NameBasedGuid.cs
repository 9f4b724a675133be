using System;
using System.Security.Cryptography;
using System.Text;

namespace DataverseFunnel.SolutionTools.Plugins
{
    /// <summary>
    /// RFC 4122 version 5 (SHA-1, name-based) GUIDs: the same namespace and name always give the same id, so plugin
    /// type and image ids stay stable across builds without being stored anywhere.
    /// </summary>
    public static class NameBasedGuid
    {
        public static Guid Create(Guid namespaceId, string name)
        {
            var nameBytes = Encoding.UTF8.GetBytes(name);
            var input = new byte[16 + nameBytes.Length];
            namespaceId.TryWriteBytes(input.AsSpan(0, 16), bigEndian: true, out _);
            nameBytes.CopyTo(input, 16);

            var hash = SHA1.HashData(input);
            hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
            hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 4122 variant
            return new Guid(hash.AsSpan(0, 16), bigEndian: true);
        }
    }
}
