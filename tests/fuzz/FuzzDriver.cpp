// Runs one fuzz target without libFuzzer, so that any compiler can build it and CTest can
// run it: every file of the seed corpus, then a bounded, deterministic series of mutated
// inputs (a fixed seed gives the same inputs on every machine). Not coverage-guided: the
// long, guided runs are tests/fuzz/run-libfuzzer.sh.
//
//   fuzz_<target> [--runs N] [--seed S] [--max-len BYTES] [--dict FILE]... [--json] PATH...
//
// --json adds mutations of the parsed document (a value replaced, removed or repeated),
// so that most inputs stay JSON and reach the checks behind the parser.
//
// A PATH that is a folder contributes its files as seeds; a file is run alone, which
// replays a saved failure. When an input fails, it is written to fuzz-failure-<target>
// in the working folder before the program aborts.

#include "FuzzCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace {

using Input = std::string;

// The input being run, for the failure handler. Only written between runs.
const Input *g_current = nullptr;
std::string g_failurePath;

extern "C" void onFailure(int signal)
{
    if (g_current) {
        const int fd = ::open(g_failurePath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd >= 0) {
            [[maybe_unused]] const ssize_t written = ::write(fd, g_current->data(), g_current->size());
            ::close(fd);
        }
        static const char note[] = "fuzz driver: the failing input is in fuzz-failure-*\n";
        [[maybe_unused]] const ssize_t noted = ::write(2, note, sizeof note - 1);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

Input readFile(const std::filesystem::path &path)
{
    std::ifstream stream(path, std::ios::binary);
    return Input(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
}

// libFuzzer's dictionary format: name="value" per line, with \\, \" and \xNN escapes.
std::vector<Input> readDictionary(const std::filesystem::path &path)
{
    std::vector<Input> tokens;
    std::ifstream stream(path);
    std::string line;
    while (std::getline(stream, line)) {
        const auto open = line.find('"');
        const auto close = line.rfind('"');
        if (line.empty() || line.front() == '#' || open == std::string::npos || close <= open)
            continue;
        Input token;
        for (size_t i = open + 1; i < close; ++i) {
            if (line[i] != '\\' || i + 1 >= close) {
                token += line[i];
            } else if (line[i + 1] == 'x' && i + 3 < close) {
                token += char(std::stoi(line.substr(i + 2, 2), nullptr, 16));
                i += 3;
            } else {
                token += line[++i];
            }
        }
        tokens.push_back(token);
    }
    return tokens;
}

class Mutator {
public:
    Mutator(uint64_t seed, std::vector<Input> tokens)
        : m_random(seed)
        , m_tokens(std::move(tokens))
    {
        // Bytes that change how text decodes: invalid UTF-8, surrogates, a BOM, NUL.
        for (const char *special : {"\xff", "\xc3", "\xed\xa0\x80", "\xef\xbb\xbf", "\xf0\x9f\x98\x80", "\0"})
            m_tokens.emplace_back(special, std::max<size_t>(1, std::strlen(special)));
    }

    size_t below(size_t n) { return n == 0 ? 0 : size_t(m_random() % n); }

    // Returns true when the result is still a JSON document.
    bool mutate(Input &input, const std::vector<Input> &pool, size_t maxLength, bool json)
    {
        if (json && below(4) != 0 && mutateJson(input) && input.size() <= maxLength)
            return true;
        const size_t steps = 1 + below(4);
        for (size_t step = 0; step < steps; ++step) {
            switch (below(9)) {
            case 0: // flip a bit
                if (!input.empty())
                    input[below(input.size())] ^= char(1u << below(8));
                break;
            case 1: // any byte
                if (!input.empty())
                    input[below(input.size())] = char(below(256));
                break;
            case 2: // a printable ASCII byte, inserted
                input.insert(input.begin() + long(below(input.size() + 1)), char(32 + below(95)));
                break;
            case 3: // a token, inserted
            case 4:
                if (!m_tokens.empty())
                    input.insert(below(input.size() + 1), m_tokens[below(m_tokens.size())]);
                break;
            case 5: // a range removed
                if (!input.empty()) {
                    const size_t at = below(input.size());
                    input.erase(at, 1 + below(std::min<size_t>(input.size() - at, 64)));
                }
                break;
            case 6: // a range repeated
                if (!input.empty()) {
                    const size_t at = below(input.size());
                    const Input chunk = input.substr(at, 1 + below(std::min<size_t>(input.size() - at, 64)));
                    const size_t times = 1 + below(8);
                    for (size_t i = 0; i < times; ++i)
                        input.insert(below(input.size() + 1), chunk);
                }
                break;
            case 7: { // spliced with another input
                const Input &other = pool[below(pool.size())];
                input = input.substr(0, below(input.size() + 1)) + other.substr(below(other.size() + 1));
                break;
            }
            case 8: // cut short
                input.resize(below(input.size() + 1));
                break;
            }
        }
        if (input.size() > maxLength)
            input.resize(maxLength);
        return false;
    }

private:
    QString randomText()
    {
        switch (below(5)) {
        case 0:
            return {};
        case 1:
            return QString(int(1 + below(3000)), QChar(u'a' + char16_t(below(26))));
        case 2:
            return QStringLiteral("../../etc/passwd");
        default: {
            // A dictionary token, without the quotes of a JSON string.
            QString token = QString::fromStdString(m_tokens.empty() ? Input("x") : m_tokens[below(m_tokens.size())]);
            if (token.size() >= 2 && token.startsWith(u'"') && token.endsWith(u'"'))
                token = token.mid(1, token.size() - 2);
            return token;
        }
        }
    }

    QJsonValue randomValue()
    {
        static const double numbers[] = {0, -1, 1, 2, 1.5, 1e300, -1e300, 2147483648.0, 4294967296.0, 1e9 + 1};
        switch (below(7)) {
        case 0:
            return QJsonValue::Null;
        case 1:
            return below(2) == 0;
        case 2:
            return numbers[below(std::size(numbers))];
        case 3:
            return QJsonArray{randomText()};
        case 4:
            return QJsonObject{{randomText(), randomText()}};
        default:
            return randomText();
        }
    }

    QJsonValue mutated(const QJsonValue &value, int depth)
    {
        if (value.isArray() && !value.toArray().isEmpty() && depth < 32 && below(4) != 0) {
            QJsonArray array = value.toArray();
            const qsizetype at = qsizetype(below(size_t(array.size())));
            switch (below(5)) {
            case 0:
                array.removeAt(at);
                break;
            case 1:
                array.insert(at, array.at(at));
                break;
            case 2:
                array.append(randomValue());
                break;
            default:
                array[at] = mutated(array.at(at), depth + 1);
                break;
            }
            return array;
        }
        if (value.isObject() && !value.toObject().isEmpty() && depth < 32 && below(4) != 0) {
            QJsonObject object = value.toObject();
            const QString key = object.keys().at(qsizetype(below(size_t(object.size()))));
            switch (below(6)) {
            case 0:
                object.remove(key);
                break;
            case 1:
                object.insert(randomText(), randomValue());
                break;
            case 2:
                object.insert(key, randomValue());
                break;
            default:
                object.insert(key, mutated(object.value(key), depth + 1));
                break;
            }
            return object;
        }
        return randomValue();
    }

    bool mutateJson(Input &input)
    {
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(input));
        if (document.isNull())
            return false;
        const QJsonValue root
            = mutated(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), 0);
        const QJsonDocument::JsonFormat format = below(2) == 0 ? QJsonDocument::Compact : QJsonDocument::Indented;
        if (root.isArray())
            input = QJsonDocument(root.toArray()).toJson(format).toStdString();
        else if (root.isObject())
            input = QJsonDocument(root.toObject()).toJson(format).toStdString();
        else
            return false;
        return true;
    }

    std::mt19937_64 m_random;
    std::vector<Input> m_tokens;
};

void run(const Input &input)
{
    g_current = &input;
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.data()), input.size());
    g_current = nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::string name = std::filesystem::path(argv[0]).filename().string();
    g_failurePath = "fuzz-failure-" + name;
    size_t runs = 20000;
    uint64_t seed = 1;
    size_t maxLength = 4096;
    bool json = false;
    std::vector<Input> tokens;
    std::vector<std::filesystem::path> folders;
    std::vector<std::filesystem::path> files;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        const bool hasValue = i + 1 < argc;
        if (argument == "--runs" && hasValue) {
            runs = std::stoul(argv[++i]);
        } else if (argument == "--seed" && hasValue) {
            seed = std::stoull(argv[++i]);
        } else if (argument == "--max-len" && hasValue) {
            maxLength = std::stoul(argv[++i]);
        } else if (argument == "--json") {
            json = true;
        } else if (argument == "--dict" && hasValue) {
            const std::vector<Input> more = readDictionary(argv[++i]);
            tokens.insert(tokens.end(), more.begin(), more.end());
        } else if (std::filesystem::is_directory(argument)) {
            folders.emplace_back(argument);
        } else if (std::filesystem::is_regular_file(argument)) {
            files.emplace_back(argument);
        } else {
            std::fprintf(stderr, "%s: unknown argument or missing path: %s\n", name.c_str(), argument.c_str());
            return 2;
        }
    }
    for (const int signal : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL})
        std::signal(signal, onFailure);

    if (!files.empty()) { // replay
        for (const auto &file : files)
            run(readFile(file));
        std::printf("%s: ran %zu file(s) without a failure\n", name.c_str(), files.size());
        return 0;
    }

    std::vector<std::filesystem::path> seedFiles;
    for (const auto &folder : folders) {
        for (const auto &entry : std::filesystem::directory_iterator(folder)) {
            if (entry.is_regular_file())
                seedFiles.push_back(entry.path());
        }
    }
    std::sort(seedFiles.begin(), seedFiles.end()); // the same order, so the same inputs, everywhere
    if (seedFiles.empty()) {
        std::fprintf(stderr, "%s: no seed files\n", name.c_str());
        return 2;
    }

    const auto start = std::chrono::steady_clock::now();
    std::vector<Input> pool;
    for (const auto &file : seedFiles) {
        pool.push_back(readFile(file));
        run(pool.back());
    }
    // Some mutated inputs join the pool, so that mutations build on each other.
    constexpr size_t MaxPool = 512;
    const size_t seeds = pool.size();
    Mutator mutator(seed, tokens);
    for (size_t i = 0; i < runs; ++i) {
        Input input = pool[mutator.below(pool.size())];
        const bool stillJson = mutator.mutate(input, pool, maxLength, json);
        run(input);
        // Broken JSON would soon fill the pool and keep inputs from the checks behind the
        // parser.
        if (mutator.below(8) == 0 && (!json || stillJson)) {
            if (pool.size() < MaxPool)
                pool.push_back(std::move(input));
            else
                pool[seeds + mutator.below(MaxPool - seeds)] = std::move(input);
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%s: %zu seed files and %zu mutated inputs (seed %llu) in %.2f s without a failure\n", name.c_str(),
                seedFiles.size(), runs, static_cast<unsigned long long>(seed), seconds);
    return 0;
}
