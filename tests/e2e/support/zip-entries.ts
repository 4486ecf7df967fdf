/** Names of the files in a ZIP archive, read from its central directory headers. */
export function zipEntries(archive: Buffer): string[] {
  const names: string[] = [];
  const signature = 0x02014b50;
  for (let offset = archive.length - 22; offset >= 0; offset -= 1) {
    if (archive.readUInt32LE(offset) !== 0x06054b50) {
      continue;
    }
    const count = archive.readUInt16LE(offset + 10);
    let cursor = archive.readUInt32LE(offset + 16);
    for (let index = 0; index < count && archive.readUInt32LE(cursor) === signature; index += 1) {
      const nameLength = archive.readUInt16LE(cursor + 28);
      const extraLength = archive.readUInt16LE(cursor + 30);
      const commentLength = archive.readUInt16LE(cursor + 32);
      names.push(archive.toString("utf8", cursor + 46, cursor + 46 + nameLength));
      cursor += 46 + nameLength + extraLength + commentLength;
    }
    break;
  }
  return names;
}
