#include "media/MatroskaFile.h"

#include "media/Logging.h"

#include <QFile>
#include <QtEndian>

#include <bit>
#include <cstring>

namespace rehearse::media {

namespace {

// Element IDs (with their length marker, as the specification writes them).
constexpr quint64 IdEbml = 0x1A45DFA3;
constexpr quint64 IdSegment = 0x18538067;
constexpr quint64 IdSeekHead = 0x114D9B74;
constexpr quint64 IdSeek = 0x4DBB;
constexpr quint64 IdSeekPosition = 0x53AC;
constexpr quint64 IdInfo = 0x1549A966;
constexpr quint64 IdTimecodeScale = 0x2AD7B1;
constexpr quint64 IdDuration = 0x4489;
constexpr quint64 IdTracks = 0x1654AE6B;
constexpr quint64 IdTrackEntry = 0xAE;
constexpr quint64 IdTrackType = 0x83;
constexpr quint64 IdCues = 0x1C53BB6B;
constexpr quint64 IdCluster = 0x1F43B675;
constexpr quint64 IdTimecode = 0xE7;
constexpr quint64 IdSimpleBlock = 0xA3;
constexpr quint64 IdBlockGroup = 0xA0;
constexpr quint64 IdBlock = 0xA1;
constexpr quint64 IdVoid = 0xEC;
constexpr quint64 IdTags = 0x1254C367;
constexpr quint64 IdChapters = 0x1043A770;
constexpr quint64 IdAttachments = 0x1941A469;

bool isTopLevel(quint64 id)
{
    return id == IdCluster || id == IdCues || id == IdTags || id == IdSeekHead || id == IdInfo || id == IdTracks
        || id == IdChapters || id == IdAttachments || id == IdEbml || id == IdSegment;
}

struct Element {
    quint64 id = 0;
    qint64 start = 0; // where its ID begins
    qint64 sizeOffset = 0; // where its size field begins
    int sizeLength = 0;
    qint64 dataStart = 0;
    qint64 size = 0;
    bool unknownSize = false;
    qint64 end() const { return dataStart + size; }
};

// Reads EBML from a file mapped into memory; nothing is read past its end.
class Reader {
public:
    Reader(const uchar *data, qint64 length)
        : m_data(data)
        , m_length(length)
    {
    }

    // A variable-length integer at p: its length in bytes, 0 when invalid or cut off.
    int vint(qint64 p, quint64 *value, bool keepMarker, bool *allOnes = nullptr) const
    {
        if (p < 0 || p >= m_length)
            return 0;
        const uchar first = m_data[p];
        int length = 1;
        while (length <= 8 && !(first & (0x80 >> (length - 1))))
            ++length;
        if (length > 8 || p + length > m_length)
            return 0;
        quint64 v = keepMarker ? first : (first & ((0x80 >> (length - 1)) - 1));
        bool ones = (first & ((0x80 >> (length - 1)) - 1)) == ((0x80 >> (length - 1)) - 1);
        for (int i = 1; i < length; ++i) {
            v = (v << 8) | m_data[p + i];
            ones = ones && m_data[p + i] == 0xFF;
        }
        *value = v;
        if (allOnes)
            *allOnes = ones;
        return length;
    }

    // The element header at p; false when it is invalid or does not fit in the file.
    bool element(qint64 p, Element *e) const
    {
        quint64 id = 0;
        const int idLength = vint(p, &id, true);
        if (idLength == 0 || idLength > 4)
            return false;
        quint64 size = 0;
        bool unknown = false;
        const int sizeLength = vint(p + idLength, &size, false, &unknown);
        if (sizeLength == 0)
            return false;
        e->id = id;
        e->start = p;
        e->sizeOffset = p + idLength;
        e->sizeLength = sizeLength;
        e->dataStart = p + idLength + sizeLength;
        e->unknownSize = unknown;
        e->size = unknown ? m_length - e->dataStart : qint64(std::min<quint64>(size, quint64(1) << 62));
        return true;
    }

    quint64 uint(const Element &e) const
    {
        quint64 v = 0;
        for (qint64 i = 0; i < e.size && i < 8 && e.dataStart + i < m_length; ++i)
            v = (v << 8) | m_data[e.dataStart + i];
        return v;
    }

    double floating(const Element &e) const
    {
        if (e.size == 4) {
            const quint32 bits = qFromBigEndian<quint32>(m_data + e.dataStart);
            float f;
            std::memcpy(&f, &bits, sizeof f);
            return f;
        }
        if (e.size == 8) {
            const quint64 bits = qFromBigEndian<quint64>(m_data + e.dataStart);
            double d;
            std::memcpy(&d, &bits, sizeof d);
            return d;
        }
        return 0;
    }

    qint16 int16(qint64 p) const { return qFromBigEndian<qint16>(m_data + p); }
    qint64 length() const { return m_length; }

private:
    const uchar *m_data;
    qint64 m_length;
};

class Parser {
public:
    Parser(const Reader &reader, MatroskaFile::Layout *layout)
        : r(reader)
        , l(*layout)
    {
    }

    void parse()
    {
        Element ebml;
        if (!r.element(0, &ebml) || ebml.id != IdEbml || ebml.end() > r.length()) {
            l.error = MatroskaFile::tr("it is not a WebM file");
            return;
        }
        Element segment;
        if (!r.element(ebml.end(), &segment) || segment.id != IdSegment) {
            l.error = MatroskaFile::tr("it holds no recording");
            return;
        }
        l.segmentSizeOffset = segment.sizeOffset;
        l.segmentSizeLength = segment.sizeLength;
        l.segmentDataStart = segment.dataStart;
        l.cleanEnd = segment.dataStart;
        const qint64 end = std::min(segment.end(), r.length());
        qint64 p = segment.dataStart;
        while (p < end) {
            Element e;
            if (!r.element(p, &e)) {
                l.torn = true;
                break;
            }
            if (e.id == IdCluster) {
                p = cluster(e);
                if (l.torn)
                    break;
                continue;
            }
            if (e.unknownSize || e.end() > r.length()) {
                l.torn = true;
                break;
            }
            if (e.id == IdInfo)
                info(e);
            else if (e.id == IdTracks)
                tracks(e);
            else if (e.id == IdSeekHead)
                seekHead(e);
            else if (e.id == IdCues)
                l.hasCues = true;
            p = e.end();
            l.cleanEnd = p;
        }
        l.ok = (l.hasAudio || l.hasVideo) && l.blocks > 0;
        if (!l.ok && l.error.isEmpty()) {
            l.error = (l.hasAudio || l.hasVideo) ? MatroskaFile::tr("it holds no recorded sound or picture")
                                                 : MatroskaFile::tr("it holds no tracks");
        }
        if (l.durationMs > 0)
            l.durationMs = l.durationMs * l.timecodeScaleNs / 1e6;
    }

private:
    template<typename Visit> void children(const Element &parent, Visit visit)
    {
        qint64 p = parent.dataStart;
        const qint64 end = std::min(parent.end(), r.length());
        while (p < end) {
            Element e;
            if (!r.element(p, &e) || e.unknownSize || e.end() > end)
                return;
            visit(e);
            p = e.end();
        }
    }

    void info(const Element &e)
    {
        children(e, [this](const Element &child) {
            if (child.id == IdTimecodeScale && child.size > 0 && r.uint(child) > 0) {
                l.timecodeScaleNs = double(r.uint(child));
            } else if (child.id == IdDuration && (child.size == 4 || child.size == 8)) {
                l.durationOffset = child.dataStart;
                l.durationSize = int(child.size);
                l.durationMs = r.floating(child); // in timecode units until the scale is known
            }
        });
    }

    void tracks(const Element &e)
    {
        children(e, [this](const Element &entry) {
            if (entry.id != IdTrackEntry)
                return;
            children(entry, [this](const Element &field) {
                if (field.id == IdTrackType) {
                    const quint64 type = r.uint(field);
                    l.hasVideo = l.hasVideo || type == 1;
                    l.hasAudio = l.hasAudio || type == 2;
                }
            });
        });
    }

    void seekHead(const Element &e)
    {
        l.seekHeadOffset = e.start;
        l.seekHeadLength = e.end() - e.start;
        children(e, [this](const Element &seek) {
            if (seek.id != IdSeek)
                return;
            children(seek, [this](const Element &field) {
                if (field.id != IdSeekPosition)
                    return;
                const quint64 position = r.uint(field);
                if (position >= quint64(r.length()) || l.segmentDataStart + qint64(position) >= r.length())
                    l.seekHeadStale = true;
            });
        });
    }

    void block(qint64 p, qint64 end, qint64 clusterTime)
    {
        quint64 track = 0;
        const int trackLength = r.vint(p, &track, false);
        if (trackLength == 0 || p + trackLength + 3 > end)
            return;
        const qint64 time = clusterTime + r.int16(p + trackLength);
        const qint64 ms = qint64(double(time) * l.timecodeScaleNs / 1e6);
        if (l.blocks == 0 || ms < l.firstMs)
            l.firstMs = ms;
        if (l.blocks == 0 || ms > l.lastMs)
            l.lastMs = ms;
        ++l.blocks;
    }

    // Reads a cluster's blocks; returns where the next top-level element starts.
    qint64 cluster(const Element &c)
    {
        l.lastClusterSizeOffset = c.sizeOffset;
        l.lastClusterSizeLength = c.sizeLength;
        l.lastClusterDataStart = c.dataStart;
        const qint64 end = std::min(c.end(), r.length());
        qint64 time = 0;
        qint64 p = c.dataStart;
        l.cleanEnd = p;
        while (p < end) {
            Element e;
            if (!r.element(p, &e)) {
                l.torn = true;
                return p;
            }
            if (c.unknownSize && isTopLevel(e.id))
                return p; // a cluster of unknown size ends where the next one starts
            if (e.unknownSize || e.end() > r.length()) {
                l.torn = true;
                return p;
            }
            if (e.id == IdTimecode) {
                time = qint64(r.uint(e));
            } else if (e.id == IdSimpleBlock) {
                block(e.dataStart, e.end(), time);
            } else if (e.id == IdBlockGroup) {
                children(e, [&](const Element &child) {
                    if (child.id == IdBlock)
                        block(child.dataStart, child.end(), time);
                });
            }
            p = e.end();
            l.cleanEnd = p;
        }
        if (!c.unknownSize && c.end() > r.length())
            l.torn = true; // the cluster claims more than the file holds
        return p;
    }

    const Reader &r;
    MatroskaFile::Layout &l;
};

// A size field of the given length holding value, or "unknown" (all value bits set)
// when it does not fit.
QByteArray sizeField(qint64 value, int length)
{
    const quint64 marker = quint64(1) << (7 * length);
    const quint64 unknown = marker - 1;
    quint64 encoded = marker | ((value >= 0 && quint64(value) < unknown) ? quint64(value) : unknown);
    QByteArray bytes(length, Qt::Uninitialized);
    for (int i = length - 1; i >= 0; --i) {
        bytes[i] = char(encoded & 0xFF);
        encoded >>= 8;
    }
    return bytes;
}

} // namespace

bool MatroskaFile::Layout::needsRepair() const
{
    return torn || durationMs <= 0 || qAbs(durationMs - double(contentMs())) > 1000.0;
}

MatroskaFile::Layout MatroskaFile::read(const QString &path)
{
    Layout layout;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        layout.error = file.errorString();
        return layout;
    }
    layout.fileSize = file.size();
    if (layout.fileSize == 0) {
        layout.error = tr("the file is empty");
        return layout;
    }
    const uchar *data = file.map(0, layout.fileSize);
    if (!data) {
        layout.error = file.errorString();
        return layout;
    }
    Parser(Reader(data, layout.fileSize), &layout).parse();
    file.unmap(const_cast<uchar *>(data));
    return layout;
}

bool MatroskaFile::finishInPlace(const QString &path, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const Layout layout = read(path);
    if (!layout.ok)
        return fail(layout.error);
    if (!layout.needsRepair())
        return true;
    if (layout.durationOffset < 0)
        return fail(tr("its header has no room for the duration"));

    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        return fail(file.errorString());
    const auto writeAt = [&file](qint64 offset, const QByteArray &bytes) {
        return file.seek(offset) && file.write(bytes) == bytes.size();
    };

    // The duration first: on its own it is harmless, whatever follows.
    const double units = double(layout.contentMs()) * 1e6 / layout.timecodeScaleNs;
    QByteArray duration(layout.durationSize, Qt::Uninitialized);
    if (layout.durationSize == 8)
        qToBigEndian(std::bit_cast<quint64>(units), duration.data());
    else
        qToBigEndian(std::bit_cast<quint32>(float(units)), duration.data());
    bool ok = writeAt(layout.durationOffset, duration);

    if (ok && layout.seekHeadStale && layout.seekHeadLength >= 9) {
        // The seek index points at nothing: it becomes padding of the same length.
        ok = writeAt(layout.seekHeadOffset, QByteArray(1, char(IdVoid)) + sizeField(layout.seekHeadLength - 9, 8));
    }
    if (ok && layout.lastClusterSizeOffset >= 0) {
        ok = writeAt(layout.lastClusterSizeOffset,
                     sizeField(layout.cleanEnd - layout.lastClusterDataStart, layout.lastClusterSizeLength));
    }
    if (ok && layout.segmentSizeOffset >= 0) {
        ok = writeAt(layout.segmentSizeOffset,
                     sizeField(layout.cleanEnd - layout.segmentDataStart, layout.segmentSizeLength));
    }
    if (ok && layout.cleanEnd < layout.fileSize)
        ok = file.resize(layout.cleanEnd);
    if (ok)
        ok = file.flush();
    const QString written = file.errorString();
    file.close();
    if (!ok)
        return fail(written);

    const Layout check = read(path);
    if (!check.ok || check.needsRepair())
        return fail(check.ok ? tr("it still does not end cleanly") : check.error);
    qCInfo(logCapture) << "finished in place" << path << check.durationMs << "ms";
    return true;
}

} // namespace rehearse::media
