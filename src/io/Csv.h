// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace gpuplan {

// A CSV file read whole: RFC 4180 quoting, a header row, UTF-8 (with or without BOM) or CP949
// (the Korean Windows code page, recoded to UTF-8).
class CsvTable {
public:
    struct Row {
        int line = 0; // 1-based line in the file where the record starts
        std::vector<std::string> fields;
    };

    static CsvTable read(const std::filesystem::path& path); // throws IoError
    static CsvTable parse(std::string_view utf8Text, const std::string& fileName);

    const std::filesystem::path& path() const { return m_path; }
    const std::vector<std::string>& header() const { return m_header; }
    const std::vector<Row>& rows() const { return m_rows; }
    const std::string& encoding() const { return m_encoding; }

    // Index of a header column, or -1.
    int column(std::string_view name) const;
    // Index of a header column; throws IoError naming the file when it is missing.
    int requireColumn(std::string_view name) const;

    // A field of a row, trimmed; empty when the row is short.
    std::string field(const Row& row, int column) const;
    // Numeric fields; throw IoError naming file, line and column when the text is not a number.
    double number(const Row& row, int column) const;
    int integer(const Row& row, int column) const;

    // "file.csv:12: " — for error messages.
    std::string where(const Row& row) const;

private:
    std::filesystem::path m_path;
    std::string m_encoding = "UTF-8";
    std::vector<std::string> m_header;
    std::vector<Row> m_rows;
};

} // namespace gpuplan
