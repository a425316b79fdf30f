// SPDX-License-Identifier: MIT
#include "MatpowerCase.h"

#include "IoError.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

namespace gpuplan {
namespace {

// MATPOWER column counts we need (idx_bus, idx_gen, idx_brch, idx_dcline; 1-based there).
constexpr std::size_t kBusColumns = 13;
constexpr std::size_t kGenColumns = 10;
constexpr std::size_t kBranchColumns = 11;
constexpr std::size_t kDcLineColumns = 17;

struct Row {
    int line = 0;
    std::vector<double> values;
};

// One `mpc.field = value;` of the file: a matrix (rows), a scalar, a string or a cell of strings.
struct Value {
    int line = 0;
    std::vector<Row> rows;
    std::vector<std::string> strings;
    bool isText = false;
};

// A small MATLAB-subset scanner: comments (%), `...` continuations, numbers in any format
// strtod takes (1e-3, .5, -0, Inf, NaN), quoted strings, and the punctuation of matrices/cells.
class Scanner {
public:
    Scanner(std::string_view text, const std::string& fileName) : m_text(text), m_file(fileName) {}

    int line() const { return m_line; }
    bool atEnd()
    {
        skipBlanks(false);
        return m_pos >= m_text.size();
    }
    [[noreturn]] void fail(const std::string& what, int line = 0) const
    {
        throw IoError(m_file + ":" + std::to_string(line ? line : m_line) + ": " + what);
    }

    // Skips spaces, tabs, comments and continuations; newlines too when `newlines`.
    void skipBlanks(bool newlines)
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == ' ' || c == '\t' || c == '\r')
                ++m_pos;
            else if (c == '%' ||
                     (c == '#' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == ' '))
                skipToEndOfLine();
            else if (m_text.substr(m_pos, 3) == "...") {
                skipToEndOfLine();
                newline();
            } else if (c == '\n' && newlines)
                newline();
            else
                return;
        }
    }
    char peek()
    {
        skipBlanks(false);
        return m_pos < m_text.size() ? m_text[m_pos] : '\0';
    }
    void advance() { ++m_pos; }
    void newline()
    {
        if (m_pos < m_text.size() && m_text[m_pos] == '\n') {
            ++m_pos;
            ++m_line;
        }
    }
    std::string identifier()
    {
        skipBlanks(false);
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && (std::isalnum(static_cast<unsigned char>(m_text[m_pos])) ||
                                         m_text[m_pos] == '_' || m_text[m_pos] == '.'))
            ++m_pos;
        return std::string(m_text.substr(start, m_pos - start));
    }
    std::optional<double> number();
    std::string quoted();
    void skipStatement();

private:
    void skipToEndOfLine()
    {
        while (m_pos < m_text.size() && m_text[m_pos] != '\n')
            ++m_pos;
    }

    std::string_view m_text;
    std::string m_file;
    std::size_t m_pos = 0;
    int m_line = 1;
};

std::optional<double> Scanner::number()
{
    skipBlanks(false);
    const std::string rest(m_text.substr(m_pos, std::min<std::size_t>(64, m_text.size() - m_pos)));
    const char* begin = rest.c_str();
    char* end = nullptr;
    const double value = std::strtod(begin, &end);
    if (end == begin)
        return std::nullopt;
    const char next = *end;
    if (std::isalpha(static_cast<unsigned char>(next)) || next == '_' || next == '.')
        fail("malformed number '" + std::string(begin, static_cast<const char*>(end) + 1) + "'");
    m_pos += static_cast<std::size_t>(end - begin);
    return value;
}

std::string Scanner::quoted()
{
    const int startLine = m_line;
    ++m_pos; // opening quote
    std::string text;
    while (true) {
        if (m_pos >= m_text.size() || m_text[m_pos] == '\n')
            fail("unterminated string", startLine);
        const char c = m_text[m_pos++];
        if (c != '\'')
            text += c;
        else if (m_pos < m_text.size() && m_text[m_pos] == '\'')
            text += m_text[m_pos++]; // '' is a quote inside a string
        else
            return text;
    }
}

// Skips a statement we do not read (gencost, code after the case), brackets included.
void Scanner::skipStatement()
{
    int depth = 0;
    while (m_pos < m_text.size()) {
        skipBlanks(depth > 0);
        if (m_pos >= m_text.size())
            break;
        const char c = m_text[m_pos];
        if (c == '\'' && depth > 0) {
            quoted();
            continue;
        }
        ++m_pos;
        if (c == '[' || c == '{' || c == '(')
            ++depth;
        else if (c == ']' || c == '}' || c == ')')
            --depth;
        else if (depth <= 0 && (c == ';' || c == '\n')) {
            if (c == '\n')
                ++m_line;
            return;
        }
    }
}

void addRowIfAny(std::vector<Row>& rows, Row& row)
{
    if (!row.values.empty())
        rows.push_back(std::move(row));
    row = Row{};
}

// [ ... ] with rows separated by ; or newlines and elements by , or blanks.
Value readMatrix(Scanner& scanner)
{
    Value value{scanner.line(), {}, {}, false};
    scanner.advance();
    Row row{scanner.line(), {}};
    while (true) {
        const char c = scanner.peek();
        if (c == '\0')
            scanner.fail("unterminated matrix (no closing ']')", value.line);
        if (c == ']') {
            scanner.advance();
            addRowIfAny(value.rows, row);
            return value;
        }
        if (c == ';' || c == '\n') {
            c == '\n' ? scanner.newline() : scanner.advance();
            addRowIfAny(value.rows, row);
            row.line = scanner.line();
        } else if (c == ',') {
            scanner.advance();
        } else if (auto number = scanner.number()) {
            if (row.values.empty())
                row.line = scanner.line();
            row.values.push_back(*number);
        } else {
            scanner.fail(std::string("unexpected '") + c + "' in matrix");
        }
    }
}

// { 'a'; 'b' } of strings.
Value readCell(Scanner& scanner)
{
    Value value{scanner.line(), {}, {}, true};
    scanner.advance();
    while (true) {
        scanner.skipBlanks(true);
        const char c = scanner.peek();
        if (c == '\0')
            scanner.fail("unterminated cell array (no closing '}')", value.line);
        if (c == '}') {
            scanner.advance();
            return value;
        }
        if (c == '\'')
            value.strings.push_back(scanner.quoted());
        else if (c == ';' || c == ',')
            scanner.advance();
        else
            scanner.fail(std::string("unexpected '") + c + "' in cell array");
    }
}

Value readValue(Scanner& scanner)
{
    const char c = scanner.peek();
    if (c == '[')
        return readMatrix(scanner);
    if (c == '{')
        return readCell(scanner);
    if (c == '\'') {
        Value value{scanner.line(), {}, {scanner.quoted()}, true};
        return value;
    }
    const int line = scanner.line();
    if (auto number = scanner.number())
        return Value{line, {Row{line, {*number}}}, {}, false};
    scanner.fail("expected a number, matrix, string or cell array");
}

bool opensBlock(const std::string& word)
{
    return word == "if" || word == "for" || word == "while" || word == "switch" || word == "try" ||
           word == "parfor";
}

// Skips a control block (if/for/while/switch/try) to its matching `end`: a case's data are never
// conditional, so nothing inside one is read.
void skipBlock(Scanner& scanner)
{
    int depth = 1;
    scanner.skipStatement();
    while (depth > 0 && !scanner.atEnd()) {
        scanner.skipBlanks(true);
        const std::string word = scanner.identifier();
        if (opensBlock(word))
            ++depth;
        else if (word == "end")
            --depth;
        else if (word.empty())
            scanner.advance();
        if (depth > 0)
            scanner.skipStatement();
    }
}

// Reads every `mpc.X = value` statement; other statements are skipped, control blocks whole.
// Reading stops at `return`, at the `end` of the case function and at a second function.
std::map<std::string, Value> readStatements(Scanner& scanner, std::string& caseName)
{
    std::map<std::string, Value> fields;
    bool inFunction = false;
    while (!scanner.atEnd()) {
        scanner.skipBlanks(true);
        if (scanner.atEnd())
            break;
        const std::string word = scanner.identifier();
        if (word == "return" || word == "end" || (word == "function" && inFunction))
            break;
        if (word == "function") {
            inFunction = true;
            scanner.identifier(); // the output variable, mpc
            if (scanner.peek() == '=') {
                scanner.advance();
                caseName = scanner.identifier();
            }
            scanner.skipStatement();
        } else if (opensBlock(word)) {
            skipBlock(scanner);
        } else if (word.rfind("mpc.", 0) == 0 && scanner.peek() == '=') {
            scanner.advance();
            fields[word.substr(4)] = readValue(scanner);
            scanner.skipStatement();
        } else {
            if (word.empty() && scanner.peek() != ';' && scanner.peek() != '\n')
                scanner.advance();
            scanner.skipStatement();
        }
    }
    return fields;
}

class CaseBuilder {
public:
    CaseBuilder(const std::string& fileName, MatpowerCase& result)
        : m_file(fileName), m_case(result)
    {
    }

    [[noreturn]] void fail(int line, const std::string& what) const
    {
        throw IoError(m_file + ":" + std::to_string(line) + ": " + what);
    }

    const Value& require(const std::map<std::string, Value>& fields, const std::string& name) const
    {
        auto it = fields.find(name);
        if (it == fields.end() || it->second.isText)
            throw IoError(m_file + ": no numeric mpc." + name + " in the case");
        return it->second;
    }

    void checkWidth(const Row& row, std::size_t columns, const std::string& what) const
    {
        if (row.values.size() < columns)
            fail(row.line, what + " row has " + std::to_string(row.values.size()) +
                               " columns, MATPOWER needs at least " + std::to_string(columns));
    }

    void requireBus(const Row& row, double busNumber, const std::string& what) const
    {
        if (!m_busLines.count(static_cast<int>(busNumber)) || busNumber != std::floor(busNumber))
            fail(row.line, what + " refers to unknown bus " + numberText(busNumber));
    }

    static std::string numberText(double value)
    {
        std::ostringstream out;
        out << value;
        return out.str();
    }

    void buses(const Value& value);
    void generators(const Value& value);
    void branches(const Value& value);
    void dcLines(const Value& value);
    void busNames(const Value& value);

private:
    std::string m_file;
    MatpowerCase& m_case;
    std::map<int, int> m_busLines; // bus number -> line it was defined on
};

void CaseBuilder::buses(const Value& value)
{
    if (value.rows.empty())
        fail(value.line, "mpc.bus is empty");
    for (const Row& row : value.rows) {
        checkWidth(row, kBusColumns, "bus");
        const std::vector<double>& v = row.values;
        const int id = static_cast<int>(v[0]);
        if (v[0] != id)
            fail(row.line, "bus number " + numberText(v[0]) + " is not an integer");
        if (auto [it, fresh] = m_busLines.emplace(id, row.line); !fresh)
            fail(row.line, "duplicate bus number " + std::to_string(id) + " (first on line " +
                               std::to_string(it->second) + ")");
        if (v[1] < 1 || v[1] > 4 || v[1] != std::floor(v[1]))
            fail(row.line, "bus " + std::to_string(id) + " has type " + numberText(v[1]) +
                               " (MATPOWER types are 1 to 4)");
        Bus bus;
        bus.id = id;
        bus.type = static_cast<BusType>(static_cast<int>(v[1]));
        bus.loadMw = v[2];
        bus.loadMvar = v[3];
        bus.shuntGsMw = v[4];
        bus.shuntBsMvar = v[5];
        bus.area = static_cast<int>(v[6]);
        bus.vaDeg = v[8];
        bus.baseKv = v[9];
        m_case.grid.buses.push_back(bus);
    }
}

void CaseBuilder::generators(const Value& value)
{
    for (const Row& row : value.rows) {
        checkWidth(row, kGenColumns, "gen");
        const std::vector<double>& v = row.values;
        requireBus(row, v[0], "generator");
        Generator gen;
        gen.bus = static_cast<int>(v[0]);
        gen.pMw = v[1];
        gen.inService = v[7] > 0;
        gen.pMaxMw = v[8];
        gen.pMinMw = v[9];
        m_case.grid.generators.push_back(gen);
    }
}

void CaseBuilder::branches(const Value& value)
{
    for (const Row& row : value.rows) {
        checkWidth(row, kBranchColumns, "branch");
        const std::vector<double>& v = row.values;
        requireBus(row, v[0], "branch");
        requireBus(row, v[1], "branch");
        if (!std::isfinite(v[3]) || v[3] == 0.0)
            fail(row.line, "branch " + numberText(v[0]) + "-" + numberText(v[1]) +
                               " has reactance " + numberText(v[3]) +
                               " (zero or NaN; the DC model divides by it)");
        Branch branch;
        branch.fromBus = static_cast<int>(v[0]);
        branch.toBus = static_cast<int>(v[1]);
        branch.r = v[2];
        branch.x = v[3];
        branch.b = v[4];
        branch.rateAMva = v[5];
        branch.tap = v[8];
        branch.shiftDeg = v[9];
        branch.inService = v[10] > 0;
        m_case.grid.branches.push_back(branch);
    }
}

void CaseBuilder::dcLines(const Value& value)
{
    for (const Row& row : value.rows) {
        checkWidth(row, kDcLineColumns, "dcline");
        const std::vector<double>& v = row.values;
        requireBus(row, v[0], "dc line");
        requireBus(row, v[1], "dc line");
        DcLine line;
        line.fromBus = static_cast<int>(v[0]);
        line.toBus = static_cast<int>(v[1]);
        line.inService = v[2] > 0;
        line.pFromMw = v[3];
        line.pMaxMw = v[10];
        line.loss0Mw = v[15];
        line.loss1 = v[16];
        m_case.grid.dcLines.push_back(line);
    }
}

void CaseBuilder::busNames(const Value& value)
{
    if (!value.isText || value.strings.size() != m_case.grid.buses.size())
        fail(value.line, "mpc.bus_name must hold one string per bus (" +
                             std::to_string(m_case.grid.buses.size()) + ")");
    for (std::size_t i = 0; i < value.strings.size(); ++i)
        m_case.grid.buses[i].name = value.strings[i];
}

} // namespace

MatpowerCase parseMatpowerCase(std::string_view text, const std::string& fileName)
{
    Scanner scanner(text, fileName);
    MatpowerCase result;
    const std::map<std::string, Value> fields = readStatements(scanner, result.name);
    if (auto version = fields.find("version");
        version != fields.end() && version->second.isText &&
        version->second.strings != std::vector<std::string>{"2"})
        throw IoError(fileName + ":" + std::to_string(version->second.line) +
                      ": only MATPOWER case format version 2 is read");
    CaseBuilder builder(fileName, result);
    const Value& base = builder.require(fields, "baseMVA");
    if (base.rows.size() != 1 || base.rows[0].values.size() != 1 || !(base.rows[0].values[0] > 0))
        builder.fail(base.line, "mpc.baseMVA must be one positive number");
    result.grid.baseMva = base.rows[0].values[0];
    builder.buses(builder.require(fields, "bus"));
    builder.generators(builder.require(fields, "gen"));
    builder.branches(builder.require(fields, "branch"));
    if (auto dc = fields.find("dcline"); dc != fields.end())
        builder.dcLines(dc->second);
    if (auto names = fields.find("bus_name"); names != fields.end())
        builder.busNames(names->second);
    return result;
}

MatpowerCase readMatpowerCase(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw IoError(path.string() + ": cannot open the file");
    std::ostringstream text;
    text << in.rdbuf();
    return parseMatpowerCase(text.str(), path.string());
}

namespace {

// Shortest text that reads back as the same double.
std::string exact(double value)
{
    if (std::isinf(value))
        return value > 0 ? "Inf" : "-Inf";
    char buffer[32];
    for (int digits = 6; digits <= 17; ++digits) {
        std::snprintf(buffer, sizeof buffer, "%.*g", digits, value);
        if (std::strtod(buffer, nullptr) == value)
            break;
    }
    return buffer;
}

std::string quote(const std::string& text)
{
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

void writeRow(std::ostringstream& out, std::initializer_list<double> values)
{
    out << "\t";
    for (double v : values)
        out << exact(v) << "\t";
    out << ";\n";
}

void writeBuses(std::ostringstream& out, const Grid& grid)
{
    out << "\n%% bus "
           "data\n%\tbus_i\ttype\tPd\tQd\tGs\tBs\tarea\tVm\tVa\tbaseKV\tzone\tVmax\tVmin\n";
    out << "mpc.bus = [\n";
    for (const Bus& b : grid.buses)
        writeRow(out,
                 {double(b.id), double(static_cast<int>(b.type)), b.loadMw, b.loadMvar, b.shuntGsMw,
                  b.shuntBsMvar, double(b.area), 1.0, b.vaDeg, b.baseKv, 1.0, 1.1, 0.9});
    out << "];\n";
}

void writeGenerators(std::ostringstream& out, const Grid& grid)
{
    out << "\n%% generator data\n%\tbus\tPg\tQg\tQmax\tQmin\tVg\tmBase\tstatus\tPmax\tPmin\n";
    out << "mpc.gen = [\n";
    for (const Generator& g : grid.generators)
        writeRow(out, {double(g.bus), g.pMw, 0.0, 0.0, 0.0, 1.0, grid.baseMva,
                       g.inService ? 1.0 : 0.0, g.pMaxMw, g.pMinMw});
    out << "];\n";
}

void writeBranches(std::ostringstream& out, const Grid& grid)
{
    out << "\n%% branch data\n%\tfbus\ttbus\tr\tx\tb\trateA\trateB\trateC\tratio\tangle"
           "\tstatus\tangmin\tangmax\n";
    out << "mpc.branch = [\n";
    for (const Branch& b : grid.branches)
        writeRow(out, {double(b.fromBus), double(b.toBus), b.r, b.x, b.b, b.rateAMva, b.rateAMva,
                       b.rateAMva, b.tap, b.shiftDeg, b.inService ? 1.0 : 0.0, -360.0, 360.0});
    out << "];\n";
}

void writeDcLines(std::ostringstream& out, const Grid& grid)
{
    if (grid.dcLines.empty())
        return;
    out << "\n%% dc line data\n%\tfbus\ttbus\tstatus\tPf\tPt\tQf\tQt\tVf\tVt\tPmin\tPmax"
           "\tQminF\tQmaxF\tQminT\tQmaxT\tloss0\tloss1\n";
    out << "mpc.dcline = [\n";
    for (const DcLine& d : grid.dcLines)
        writeRow(out,
                 {double(d.fromBus), double(d.toBus), d.inService ? 1.0 : 0.0, d.pFromMw, d.pToMw(),
                  0.0, 0.0, 1.0, 1.0, 0.0, d.pMaxMw, 0.0, 0.0, 0.0, 0.0, d.loss0Mw, d.loss1});
    out << "];\n";
}

void writeBusNames(std::ostringstream& out, const Grid& grid)
{
    bool named = false;
    for (const Bus& b : grid.buses)
        named = named || !b.name.empty();
    if (!named)
        return;
    out << "\n%% bus names\nmpc.bus_name = {\n";
    for (const Bus& b : grid.buses)
        out << "\t" << quote(b.name) << ";\n";
    out << "};\n";
}

} // namespace

std::string formatMatpowerCase(const Grid& grid, const std::string& caseName)
{
    std::ostringstream out;
    out << "function mpc = " << caseName << "\n";
    out << "% Written by gpuplan (MATPOWER case format version 2).\n\n";
    out << "mpc.version = '2';\n\n%% system MVA base\nmpc.baseMVA = " << exact(grid.baseMva)
        << ";\n";
    writeBuses(out, grid);
    writeGenerators(out, grid);
    writeBranches(out, grid);
    writeDcLines(out, grid);
    writeBusNames(out, grid);
    return out.str();
}

void writeMatpowerCase(const Grid& grid, const std::string& caseName,
                       const std::filesystem::path& path)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << formatMatpowerCase(grid, caseName);
    out.close();
    if (!out)
        throw IoError(path.string() + ": cannot write the file");
}

} // namespace gpuplan
