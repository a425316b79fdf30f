// SPDX-License-Identifier: MIT
#include "Csv.h"

#include "IoError.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cpl_string.h>
#include <fstream>
#include <sstream>
#include <utility>

namespace gpuplan {
namespace {

bool isValidUtf8(std::string_view text)
{
    return CPLIsUTF8(text.data(), static_cast<int>(text.size())) != 0;
}

std::string toUtf8(std::string text, std::string& encoding)
{
    constexpr std::string_view kBom = "\xEF\xBB\xBF";
    if (text.starts_with(kBom))
        text.erase(0, kBom.size());
    if (isValidUtf8(text)) {
        encoding = "UTF-8";
        return text;
    }
    encoding = "CP949";
    char* recoded = CPLRecode(text.c_str(), "CP949", CPL_ENC_UTF8);
    std::string result(recoded);
    CPLFree(recoded);
    return result;
}

std::string trim(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

// Splits RFC 4180 text into records, keeping the line each record starts on.
class RecordReader {
public:
    explicit RecordReader(std::string_view text) : m_text(text) {}

    bool next(CsvTable::Row& row)
    {
        if (m_pos >= m_text.size())
            return false;
        row = {m_line, {}};
        std::string field;
        bool quoted = false;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (quoted) {
                quoted = readQuoted(c, field);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.fields.push_back(std::exchange(field, {}));
            } else if (c == '\n') {
                ++m_line;
                break;
            } else if (c != '\r') {
                field.push_back(c);
            }
        }
        if (quoted)
            m_unterminatedQuoteLine = row.line;
        row.fields.push_back(std::move(field));
        return true;
    }

    int unterminatedQuoteLine() const { return m_unterminatedQuoteLine; }

private:
    // Returns whether the field is still inside quotes.
    bool readQuoted(char c, std::string& field)
    {
        if (c != '"') {
            if (c == '\n')
                ++m_line;
            field.push_back(c);
            return true;
        }
        if (m_pos < m_text.size() && m_text[m_pos] == '"') {
            field.push_back('"');
            ++m_pos;
            return true;
        }
        return false;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_line = 1;
    int m_unterminatedQuoteLine = 0;
};

bool isBlank(const CsvTable::Row& row)
{
    return std::all_of(row.fields.begin(), row.fields.end(),
                       [](const std::string& f) { return trim(f).empty(); });
}

} // namespace

CsvTable CsvTable::read(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw IoError(path.string() + ": cannot open the file");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    std::string encoding;
    CsvTable table = parse(toUtf8(bytes.str(), encoding), path.string());
    table.m_path = path;
    table.m_encoding = encoding;
    return table;
}

CsvTable CsvTable::parse(std::string_view utf8Text, const std::string& fileName)
{
    CsvTable table;
    table.m_path = fileName;
    RecordReader reader(utf8Text);
    Row row;
    if (!reader.next(row) || isBlank(row))
        throw IoError(fileName + ": the file is empty; a header row is needed");
    for (const std::string& name : row.fields)
        table.m_header.push_back(trim(name));
    while (reader.next(row)) {
        if (!isBlank(row))
            table.m_rows.push_back(std::move(row));
    }
    if (reader.unterminatedQuoteLine() != 0)
        throw IoError(fileName + ":" + std::to_string(reader.unterminatedQuoteLine()) +
                      ": a quoted field is never closed");
    return table;
}

int CsvTable::column(std::string_view name) const
{
    auto it = std::find(m_header.begin(), m_header.end(), name);
    return it == m_header.end() ? -1 : static_cast<int>(it - m_header.begin());
}

int CsvTable::requireColumn(std::string_view name) const
{
    const int index = column(name);
    if (index < 0)
        throw IoError(m_path.string() + ": missing column '" + std::string(name) + "'");
    return index;
}

std::string CsvTable::field(const Row& row, int column) const
{
    if (column < 0 || static_cast<std::size_t>(column) >= row.fields.size())
        return {};
    return trim(row.fields[static_cast<std::size_t>(column)]);
}

double CsvTable::number(const Row& row, int column) const
{
    const std::string text = field(row, column);
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() ||
        !std::isfinite(value))
        throw IoError(where(row) + "column '" + m_header.at(static_cast<std::size_t>(column)) +
                      "': '" + text + "' is not a number");
    return value;
}

int CsvTable::integer(const Row& row, int column) const
{
    const double value = number(row, column);
    if (value != std::trunc(value) || std::abs(value) > 2.0e9)
        throw IoError(where(row) + "column '" + m_header.at(static_cast<std::size_t>(column)) +
                      "': '" + field(row, column) + "' is not a whole number");
    return static_cast<int>(value);
}

std::string CsvTable::where(const Row& row) const
{
    return m_path.string() + ":" + std::to_string(row.line) + ": ";
}

} // namespace gpuplan
