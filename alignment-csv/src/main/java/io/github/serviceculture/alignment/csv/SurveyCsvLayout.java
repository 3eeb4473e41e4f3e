package io.github.serviceculture.alignment.csv;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which column of a survey CSV holds what: the instrument answered, the columns of the organization,
 * the respondent id, the level, the department, whether the role faces customers, further attributes,
 * and the answers to each item; which cells mean "no answer"; and the delimiter. Immutable and
 * thread-safe; built with {@link #builder(Instrument)}.
 *
 * <p>The role columns have default names ({@value #DEFAULT_ORGANIZATION_COLUMN}, {@value
 * #DEFAULT_RESPONDENT_COLUMN}, {@value #DEFAULT_LEVEL_COLUMN}, {@value #DEFAULT_DEPARTMENT_COLUMN},
 * {@value #DEFAULT_CUSTOMER_FACING_COLUMN}). A role left at its default is read when the header has
 * that column and skipped when it has not; a column named through the builder must be in the
 * header. Without an organization column every row belongs to one organization, named {@code ""};
 * without a respondent column each respondent is named by the line its row starts on,
 * {@code line-N}.
 *
 * <p>Items are read from the columns {@linkplain Builder#itemColumn mapped} to them, and from any
 * other column named like an item id. An item with no column is read as unanswered by everyone
 * (listed by {@link SurveyCsvReader#absentItems()}), unless {@link Builder#requireAllItems(boolean)}.
 * Names in the header and in the layout are compared after stripping white space.
 *
 * @since 0.1.0
 */
public final class SurveyCsvLayout {
  /** The default organization column. */
  public static final String DEFAULT_ORGANIZATION_COLUMN = "organization";
  /** The default respondent id column. */
  public static final String DEFAULT_RESPONDENT_COLUMN = "respondent";
  /** The default level column. */
  public static final String DEFAULT_LEVEL_COLUMN = "level";
  /** The default department column. */
  public static final String DEFAULT_DEPARTMENT_COLUMN = "department";
  /** The default customer-facing column. */
  public static final String DEFAULT_CUSTOMER_FACING_COLUMN = "customerFacing";
  /** The default missing-value code besides the empty cell. */
  public static final String DEFAULT_MISSING_CODE = "NA";

  private static final String TYPE = "SurveyCsvLayout";
  private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

  private final Instrument instrument;
  private final Role organization;
  private final Role respondent;
  private final Role level;
  private final Role department;
  private final Role customerFacing;
  private final List<String> attributeColumns;
  private final Map<String, String> itemColumns;
  private final Set<String> missingCodes;
  private final char delimiter;
  private final boolean requireAllItems;

  /** A role's column name, and whether the builder named it (then the header must have it). */
  private record Role(String column, boolean explicit, String what) {}

  private SurveyCsvLayout(Builder b) {
    this.instrument = b.instrument;
    this.organization = b.organization;
    this.respondent = b.respondent;
    this.level = b.level;
    this.department = b.department;
    this.customerFacing = b.customerFacing;
    this.attributeColumns = List.copyOf(b.attributes);
    this.itemColumns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.items));
    Set<String> codes = new LinkedHashSet<>();
    codes.add("");
    codes.addAll(b.missingCodes);
    this.missingCodes = java.util.Collections.unmodifiableSet(codes);
    this.delimiter = b.delimiter;
    this.requireAllItems = b.requireAllItems;
  }

  /**
   * Starts a layout for a survey of {@code instrument}, with every column at its default.
   *
   * @param instrument the instrument answered; not null
   * @return a builder
   * @throws InvalidValueException if {@code instrument} is null
   */
  public static Builder builder(Instrument instrument) {
    if (instrument == null) {
      throw new InvalidValueException(TYPE, "instrument", null, "must not be null");
    }
    return new Builder(instrument);
  }

  /**
   * The instrument answered.
   *
   * @return the instrument
   */
  public Instrument instrument() {
    return instrument;
  }

  /**
   * The organization column's name.
   *
   * @return the name
   */
  public String organizationColumn() {
    return organization.column;
  }

  /**
   * The respondent id column's name.
   *
   * @return the name
   */
  public String respondentColumn() {
    return respondent.column;
  }

  /**
   * The level column's name.
   *
   * @return the name
   */
  public String levelColumn() {
    return level.column;
  }

  /**
   * The department column's name.
   *
   * @return the name
   */
  public String departmentColumn() {
    return department.column;
  }

  /**
   * The customer-facing column's name.
   *
   * @return the name
   */
  public String customerFacingColumn() {
    return customerFacing.column;
  }

  /**
   * The further attribute columns, each kept under its name as a respondent attribute.
   *
   * @return the column names, in the order given
   */
  public List<String> attributeColumns() {
    return attributeColumns;
  }

  /**
   * The mapped item columns: column name to item id, in the order given. Columns named like an
   * item id are read as that item without being listed here.
   *
   * @return the map
   */
  public Map<String, String> itemColumns() {
    return itemColumns;
  }

  /**
   * The cells, after stripping white space, that mean "no answer": always the empty cell, and by
   * default {@value #DEFAULT_MISSING_CODE}.
   *
   * @return the codes
   */
  public Set<String> missingCodes() {
    return missingCodes;
  }

  /**
   * The field delimiter.
   *
   * @return the delimiter, {@code ','} by default
   */
  public char delimiter() {
    return delimiter;
  }

  /**
   * Whether a header without a column for some item of the instrument is refused.
   *
   * @return whether every item needs a column
   */
  public boolean requiresAllItems() {
    return requireAllItems;
  }

  /**
   * Lays out a header row.
   *
   * @throws SurveyCsvException naming the column, if the header does not fit
   */
  Columns resolve(List<String> header) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      if (name.isEmpty()) {
        throw mismatch("column " + (i + 1) + " of the header has no name");
      }
      if (index.putIfAbsent(name, i) != null) {
        // By position: without a header row, the first line's cells are data.
        throw mismatch("columns " + (index.get(name) + 1) + " and " + (i + 1) + " of the header have the same name");
      }
    }
    Set<Integer> used = new TreeSet<>();
    int org = column(index, organization);
    int id = column(index, respondent);
    int lvl = column(index, level);
    int dept = column(index, department);
    int facing = column(index, customerFacing);
    for (int c : new int[] {org, id, lvl, dept, facing}) {
      if (c >= 0 && !used.add(c)) {
        throw mismatch("column " + (c + 1) + " of the header is given two roles");
      }
    }
    int[] attributes = new int[attributeColumns.size()];
    for (int a = 0; a < attributes.length; a++) {
      Integer c = index.get(attributeColumns.get(a));
      if (c == null) {
        throw mismatch("no column '" + attributeColumns.get(a) + "' (an attribute column)");
      }
      if (!used.add(c)) {
        throw mismatch("column '" + attributeColumns.get(a) + "' is given two roles");
      }
      attributes[a] = c;
    }
    // Items: the mapping first, then columns named like an item.
    Map<String, Integer> itemToColumn = new HashMap<>();
    for (Map.Entry<String, String> mapped : itemColumns.entrySet()) {
      Integer c = index.get(mapped.getKey());
      if (c == null) {
        throw mismatch("the item map names column '" + mapped.getKey() + "', which the header does not have");
      }
      claim(header, itemToColumn, mapped.getValue(), c, used);
    }
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c).strip();
      // A column named like an item that the map already places elsewhere is left alone: the map wins.
      if (!used.contains(c) && instrument.item(name).isPresent() && !itemColumns.containsKey(name)
          && !itemToColumn.containsKey(name)) {
        claim(header, itemToColumn, name, c, used);
      }
    }
    List<Integer> columns = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    for (Item item : instrument.items()) {
      Integer c = itemToColumn.get(item.id());
      if (c == null) {
        absent.add(item.id());
      } else {
        ids.add(item.id());
        columns.add(c);
      }
    }
    if (ids.isEmpty()) {
      throw mismatch("no column holds an item of " + instrument.id() + " " + instrument.version()
          + "; name columns by item id or map them to items");
    }
    if (!absent.isEmpty() && requireAllItems) {
      throw mismatch("no column for " + absent.size() + " item(s) of the instrument: " + String.join(", ", absent));
    }
    List<String> ignored = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      if (!used.contains(c)) {
        ignored.add(header.get(c).strip());
      }
    }
    return new Columns(this, header, org, id, lvl, dept, facing, attributes,
        columns.stream().mapToInt(Integer::intValue).toArray(), ids.toArray(new String[0]),
        ids.stream().mapToInt(instrument::indexOf).toArray(), absent, ignored);
  }

  private static int column(Map<String, Integer> index, Role role) {
    Integer c = index.get(role.column);
    if (c == null && role.explicit) {
      throw mismatch("no column '" + role.column + "' (the " + role.what + " column)");
    }
    return c == null ? -1 : c;
  }

  private static void claim(List<String> header, Map<String, Integer> itemToColumn, String itemId, int c,
      Set<Integer> used) {
    if (!used.add(c)) {
      throw mismatch("column " + (c + 1) + " of the header is given two roles");
    }
    Integer before = itemToColumn.putIfAbsent(itemId, c);
    if (before != null) {
      throw mismatch("columns " + (before + 1) + " and " + (c + 1) + " of the header both hold item " + itemId);
    }
  }

  private static SurveyCsvException mismatch(String message) {
    return new SurveyCsvException(SurveyCsvException.HEADER_MISMATCH, message);
  }

  /** A header laid out: the column index of each role (-1 when absent) and of each item read. */
  static final class Columns {
    final SurveyCsvLayout layout;
    final List<String> header;
    final int width;
    final int organization;
    final int id;
    final int level;
    final int department;
    final int customerFacing;
    final int[] attributes;
    final int[] itemColumns;
    final String[] itemIds;
    final int[] itemPositions;
    final List<String> absentItems;
    final List<String> ignoredColumns;
    /** The missing-value codes other than the empty cell, as UTF-8, for comparing answer cells in place. */
    final byte[][] missingBytes;

    Columns(SurveyCsvLayout layout, List<String> header, int organization, int id, int level, int department,
        int customerFacing, int[] attributes, int[] itemColumns, String[] itemIds, int[] itemPositions,
        List<String> absentItems, List<String> ignoredColumns) {
      this.layout = layout;
      this.header = List.copyOf(header);
      this.width = header.size();
      this.organization = organization;
      this.id = id;
      this.level = level;
      this.department = department;
      this.customerFacing = customerFacing;
      this.attributes = attributes;
      this.itemColumns = itemColumns;
      this.itemIds = itemIds;
      this.itemPositions = itemPositions;
      this.absentItems = List.copyOf(absentItems);
      this.ignoredColumns = List.copyOf(ignoredColumns);
      this.missingBytes = layout.missingCodes.stream().filter(code -> !code.isEmpty())
          .map(code -> code.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    boolean isMissing(String strippedCell) {
      return layout.missingCodes.contains(strippedCell);
    }

    String name(int column) {
      return header.get(column).strip();
    }
  }

  /**
   * Builds a {@link SurveyCsvLayout}. Not thread-safe; {@link #build()} validates.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Instrument instrument;
    private Role organization = new Role(DEFAULT_ORGANIZATION_COLUMN, false, "organization");
    private Role respondent = new Role(DEFAULT_RESPONDENT_COLUMN, false, "respondent id");
    private Role level = new Role(DEFAULT_LEVEL_COLUMN, false, "level");
    private Role department = new Role(DEFAULT_DEPARTMENT_COLUMN, false, "department");
    private Role customerFacing = new Role(DEFAULT_CUSTOMER_FACING_COLUMN, false, "customer-facing");
    private final List<String> attributes = new ArrayList<>();
    private final Map<String, String> items = new LinkedHashMap<>();
    private final List<String> missingCodes = new ArrayList<>(List.of(DEFAULT_MISSING_CODE));
    private char delimiter = ',';
    private boolean requireAllItems;

    private Builder(Instrument instrument) {
      this.instrument = instrument;
    }

    private static void notNull(String field, Object value) {
      if (value == null) {
        throw new InvalidValueException(TYPE, field, null, "must not be null");
      }
    }

    private static String name(String field, String column) {
      if (column == null || column.isBlank()) {
        throw new InvalidValueException(TYPE, field, column, "must name a column");
      }
      return column.strip();
    }

    /**
     * Names the column of each row's organization; the header must then have it.
     *
     * @param column the column's name; not blank
     * @return this builder
     * @throws InvalidValueException if {@code column} is null or blank
     */
    public Builder organizationColumn(String column) {
      organization = new Role(name("organizationColumn", column), true, organization.what);
      return this;
    }

    /**
     * Names the column of pseudonymous respondent ids; the header must then have it.
     *
     * @param column the column's name; not blank
     * @return this builder
     * @throws InvalidValueException if {@code column} is null or blank
     */
    public Builder respondentColumn(String column) {
      respondent = new Role(name("respondentColumn", column), true, respondent.what);
      return this;
    }

    /**
     * Names the column of levels (EXECUTIVE, MANAGER, SUPERVISOR or FRONTLINE, any case); the header
     * must then have it.
     *
     * @param column the column's name; not blank
     * @return this builder
     * @throws InvalidValueException if {@code column} is null or blank
     */
    public Builder levelColumn(String column) {
      level = new Role(name("levelColumn", column), true, level.what);
      return this;
    }

    /**
     * Names the column of departments; the header must then have it.
     *
     * @param column the column's name; not blank
     * @return this builder
     * @throws InvalidValueException if {@code column} is null or blank
     */
    public Builder departmentColumn(String column) {
      department = new Role(name("departmentColumn", column), true, department.what);
      return this;
    }

    /**
     * Names the column saying whether the role faces customers (true/false, yes/no, y/n or 1/0, any
     * case); the header must then have it.
     *
     * @param column the column's name; not blank
     * @return this builder
     * @throws InvalidValueException if {@code column} is null or blank
     */
    public Builder customerFacingColumn(String column) {
      customerFacing = new Role(name("customerFacingColumn", column), true, customerFacing.what);
      return this;
    }

    /**
     * Adds a further grouping column (such as site or tenure), kept as a respondent attribute under the
     * column's name; the header must have it.
     *
     * @param column the column's name: a letter followed by up to 63 letters, digits, {@code _},
     *     {@code .} or {@code -}
     * @return this builder
     * @throws InvalidValueException if {@code column} is not such a name, or was added already
     */
    public Builder attributeColumn(String column) {
      String name = name("attributeColumns", column);
      if (!ATTRIBUTE_NAME.matcher(name).matches()) {
        throw new InvalidValueException(TYPE, "attributeColumns", name,
            "must be a letter followed by letters, digits, '_', '.' or '-' (up to 64 characters)");
      }
      if (attributes.contains(name)) {
        throw new InvalidValueException(TYPE, "attributeColumns", name, "must not name a column twice");
      }
      if (name.equals(Respondent.LEVEL) || name.equals(Respondent.DEPARTMENT)
          || name.equals(Respondent.CUSTOMER_FACING)) {
        // A respondent's attributes cannot use these names: its level, department and customer-facing are fields.
        throw new InvalidValueException(TYPE, "attributeColumns", name,
            "must not be level, department or customerFacing; give such a column that role instead");
      }
      attributes.add(name);
      return this;
    }

    /**
     * Adds further grouping columns, as {@link #attributeColumn(String)} does for each.
     *
     * @param columns the columns' names; not null
     * @return this builder
     * @throws InvalidValueException if {@code columns} is null or a name is not valid
     */
    public Builder attributeColumns(Collection<String> columns) {
      notNull("attributeColumns", columns);
      columns.forEach(this::attributeColumn);
      return this;
    }

    /**
     * Reads the answers to an item from a column; the header must have it.
     *
     * @param column the column's name; not blank
     * @param itemId the id of an item of the instrument
     * @return this builder
     * @throws InvalidValueException if the column is blank or mapped already, or the instrument has no
     *     such item
     */
    public Builder itemColumn(String column, String itemId) {
      String name = name("itemColumns", column);
      if (itemId == null || instrument.item(itemId.strip()).isEmpty()) {
        throw new InvalidValueException(TYPE, "itemColumns", itemId, "maps column '" + name
            + "' to an id that is not an item of " + instrument.id() + " " + instrument.version());
      }
      if (items.putIfAbsent(name, itemId.strip()) != null) {
        throw new InvalidValueException(TYPE, "itemColumns", name, "must not map a column twice");
      }
      return this;
    }

    /**
     * Reads items from columns, as {@link #itemColumn(String, String)} does for each entry.
     *
     * @param columnToItem column name to item id; not null
     * @return this builder
     * @throws InvalidValueException if {@code columnToItem} is null or an entry is not valid
     */
    public Builder itemColumns(Map<String, String> columnToItem) {
      notNull("itemColumns", columnToItem);
      columnToItem.forEach(this::itemColumn);
      return this;
    }

    /**
     * Sets the cells, besides the empty cell, that mean "no answer" (in any column), replacing the
     * default {@value SurveyCsvLayout#DEFAULT_MISSING_CODE}. Codes are compared with stripped cells.
     *
     * @param codes the codes; none null; an empty collection leaves only the empty cell
     * @return this builder
     * @throws InvalidValueException if {@code codes} is null or holds null
     */
    public Builder missingCodes(Collection<String> codes) {
      notNull("missingCodes", codes);
      List<String> copy = new ArrayList<>();
      for (String code : codes) {
        if (code == null) {
          throw new InvalidValueException(TYPE, "missingCodes", null, "must not hold null");
        }
        copy.add(code.strip());
      }
      missingCodes.clear();
      missingCodes.addAll(copy);
      return this;
    }

    /**
     * Sets the field delimiter.
     *
     * @param delimiter an ASCII character other than {@code "}, CR and LF, such as {@code ','},
     *     {@code ';'} or {@code '\t'}
     * @return this builder
     * @throws InvalidValueException if the delimiter is not such a character
     */
    public Builder delimiter(char delimiter) {
      if (delimiter >= 0x80 || delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
        throw new InvalidValueException(TYPE, "delimiter", String.valueOf((int) delimiter),
            "must be an ASCII character other than '\"', CR and LF");
      }
      this.delimiter = delimiter;
      return this;
    }

    /**
     * Sets whether a header without a column for some item is refused; by default such an item is read
     * as unanswered by everyone.
     *
     * @param require whether every item needs a column
     * @return this builder
     */
    public Builder requireAllItems(boolean require) {
      this.requireAllItems = require;
      return this;
    }

    /**
     * Builds the layout.
     *
     * @return the layout
     * @throws InvalidValueException if a column is given two roles
     */
    public SurveyCsvLayout build() {
      Set<String> seen = new java.util.HashSet<>();
      List<String> all = new ArrayList<>();
      for (Role role : List.of(organization, respondent, level, department, customerFacing)) {
        all.add(role.column);
      }
      all.addAll(attributes);
      all.addAll(items.keySet());
      for (String column : all) {
        if (!seen.add(column)) {
          throw new InvalidValueException(TYPE, "columns", column, "must not give a column two roles");
        }
      }
      return new SurveyCsvLayout(this);
    }
  }
}
