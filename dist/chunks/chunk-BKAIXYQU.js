import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  isJsonConfig,
  isJsonTfvars,
  isModulesManifest,
  isTerraformFile,
  sourceRef
} from "./chunk-5JKFPUKD.js";

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/readers/terraform/hcl/exponents.ts
var INSERT = ".0";
function fixExponents(text) {
  if (!/\d[eE][-+]?\d/.test(text)) return { text, shift: (_row, column) => column };
  let out = "";
  let row = 0;
  let lineStart = 0;
  const inserts = /* @__PURE__ */ new Map();
  let i = 0;
  const n = text.length;
  const copy = (stop) => {
    for (; i < stop; i++) {
      out += text[i];
      if (text[i] === "\n") {
        row++;
        lineStart = out.length;
      }
    }
  };
  const expression = (closing) => {
    let depth = 0;
    while (i < n) {
      const ch = text[i];
      if (closing && ch === "}" && depth === 0) return;
      if (ch === "{") depth++;
      else if (ch === "}") depth--;
      if (ch === "#" || ch === "/" && text[i + 1] === "/") {
        const end = text.indexOf("\n", i);
        copy(end < 0 ? n : end);
      } else if (ch === "/" && text[i + 1] === "*") {
        const end = text.indexOf("*/", i + 2);
        copy(end < 0 ? n : end + 2);
      } else if (ch === '"') {
        quoted();
      } else if (ch === "<" && text[i + 1] === "<") {
        heredoc();
      } else if (/\d/.test(ch) && !/[\w.]/.test(text[i - 1] ?? " ")) {
        const match = /^(\d+)([eE][-+]?\d+)(?![\w.])/.exec(text.slice(i, i + 64));
        if (match) {
          const column = out.length - lineStart + match[1].length;
          inserts.set(row, [...inserts.get(row) ?? [], column]);
          out += match[1] + INSERT + match[2];
          i += match[0].length;
        } else copy(i + /^[\w.]+/.exec(text.slice(i))[0].length);
      } else copy(i + 1);
    }
  };
  const templateStep = () => {
    const ch = text[i];
    const next = text[i + 1];
    if ((ch === "$" || ch === "%") && next === ch && text[i + 2] === "{") copy(i + 3);
    else if ((ch === "$" || ch === "%") && next === "{") {
      copy(i + 2);
      expression(true);
      copy(Math.min(i + 1, n));
    } else copy(i + 1);
  };
  const quoted = () => {
    copy(i + 1);
    while (i < n && text[i] !== '"' && text[i] !== "\n") {
      if (text[i] === "\\") copy(Math.min(i + 2, n));
      else templateStep();
    }
    copy(Math.min(i + 1, n));
  };
  const heredoc = () => {
    const marker = /^<<-?([A-Za-z_][\w-]*)\r?\n/.exec(text.slice(i, i + 256));
    if (!marker) return copy(i + 2);
    copy(i + marker[0].length);
    const end = new RegExp(`^[ \\t]*${marker[1]}[ \\t]*\\r?$`);
    while (i < n) {
      const lineEnd = text.indexOf("\n", i);
      const line = text.slice(i, lineEnd < 0 ? n : lineEnd);
      if (end.test(line)) return copy(i + line.length);
      const stop = lineEnd < 0 ? n : lineEnd + 1;
      while (i < stop) templateStep();
    }
  };
  expression(false);
  return {
    text: out,
    shift: (r, column) => {
      let original = column;
      for (const at of inserts.get(r) ?? []) if (column > at) original -= INSERT.length;
      return original;
    }
  };
}

// src/readers/terraform/hcl/parse.ts
function parseHcl(parser, file) {
  const source = fixExponents(file.text);
  const tree = parser.parse(source.text);
  if (!tree)
    return {
      path: file.path,
      body: emptyBody(),
      syntaxErrors: [{ at: sourceRef(file.path, 1), message: "the parser gave up on this file" }]
    };
  try {
    const converter = new Converter(file.path, source.text, source.shift);
    const root = tree.rootNode;
    const bodyNode = root.namedChildren.find((child) => child?.type === "body");
    const body = bodyNode ? converter.body(bodyNode, true) : emptyBody();
    if (root.hasError) converter.collectErrors(root);
    return { path: file.path, body, syntaxErrors: converter.errors };
  } finally {
    tree.delete();
  }
}
function emptyBody() {
  return { attributes: /* @__PURE__ */ new Map(), blocks: [] };
}
var BINARY_OPERATORS = /* @__PURE__ */ new Set([
  "*",
  "/",
  "%",
  "+",
  "-",
  ">",
  ">=",
  "<",
  "<=",
  "==",
  "!=",
  "&&",
  "||"
]);
var MAX_NESTING = 256;
var Converter = class {
  constructor(file, source, shift = (_r, column) => column) {
    this.file = file;
    this.source = source;
    this.shift = shift;
  }
  file;
  source;
  shift;
  errors = [];
  nesting = 0;
  at(node) {
    const { row, column } = node.startPosition;
    return sourceRef(this.file, row + 1, this.shift(row, column) + 1);
  }
  collectErrors(node) {
    if (this.errors.length >= 20) return;
    if (node.isError || node.isMissing) {
      const what = node.isMissing ? `missing "${node.type}"` : `unexpected "${firstLine(node.text)}"`;
      this.errors.push({ at: this.at(node), message: `HCL syntax error: ${what}` });
      return;
    }
    if (!node.hasError) return;
    for (const child of node.children) if (child) this.collectErrors(child);
  }
  body(node, skipBroken = false) {
    if (this.nesting >= MAX_NESTING) {
      this.errors.push({
        at: this.at(node),
        message: `blocks nest more than ${MAX_NESTING} levels deep`
      });
      return emptyBody();
    }
    this.nesting++;
    try {
      return this.bodyOf(node, skipBroken);
    } finally {
      this.nesting--;
    }
  }
  bodyOf(node, skipBroken) {
    const attributes = /* @__PURE__ */ new Map();
    const blocks = [];
    for (const child of named(node)) {
      if (skipBroken && child.hasError) continue;
      if (child.type === "attribute") {
        const [name, value] = named(child);
        if (!name || !value) continue;
        attributes.set(name.text, {
          name: name.text,
          at: this.at(child),
          expression: this.expression(value)
        });
      } else if (child.type === "block") {
        const parts = named(child);
        const type = parts[0]?.text ?? "";
        const labels = parts.slice(1).filter((part) => part.type === "string_lit" || part.type === "identifier").map((part) => part.type === "string_lit" ? stringContent(part) : part.text);
        const inner = parts.find((part) => part.type === "body");
        blocks.push({
          type,
          labels,
          at: this.at(child),
          body: inner ? this.body(inner) : emptyBody()
        });
      }
    }
    return { attributes, blocks };
  }
  expression(node) {
    if (this.nesting >= MAX_NESTING)
      return this.unsupported(node, `an expression nested more than ${MAX_NESTING} levels deep`);
    this.nesting++;
    try {
      return this.expressionOf(node);
    } finally {
      this.nesting--;
    }
  }
  expressionOf(node) {
    if (node.type !== "expression") return this.term([node]);
    const children = node.children.filter(isNode);
    const conditional = children.length === 1 && children[0].type === "conditional" ? children[0] : void 0;
    if (conditional) {
      const [test, then, otherwise] = named(conditional).filter(
        (child) => child.type === "expression"
      );
      if (!test || !then || !otherwise) return this.unsupported(node, "an incomplete conditional");
      return {
        kind: "conditional",
        test: this.expression(test),
        then: this.expression(then),
        otherwise: this.expression(otherwise),
        at: this.at(node),
        text: node.text
      };
    }
    return this.term(children, node);
  }
  /** An `_expr_term`, which tree-sitter inlines: a primary followed by attribute, index and splat suffixes. */
  term(nodes, whole) {
    const parts = nodes.filter((node) => node.type !== "comment");
    if (parts.length === 0) return this.unsupported(whole ?? nodes[0], "an empty expression");
    let index;
    let expr;
    const first = parts[0];
    const text = (end) => this.source.slice(first.startIndex, end.endIndex);
    if (first.type === "(") {
      const inner = parts.find((part) => part.type === "expression");
      const close = parts.findIndex((part) => part.type === ")");
      expr = inner ? this.expression(inner) : this.unsupported(first, "empty parentheses");
      index = close >= 0 ? close + 1 : parts.length;
    } else {
      expr = this.primary(first);
      index = 1;
    }
    for (; index < parts.length; index++) {
      const suffix = parts[index];
      const at = this.at(first);
      if (suffix.type === "get_attr") {
        const name = named(suffix)[0]?.text ?? "";
        expr = { kind: "attr", target: expr, name, at, text: text(suffix) };
      } else if (suffix.type === "index") {
        expr = { kind: "index", target: expr, key: this.indexKey(suffix), at, text: text(suffix) };
      } else if (suffix.type === "splat") {
        expr = this.splat(expr, suffix, at, text);
      } else if (suffix.isError || suffix.isMissing) {
        break;
      }
    }
    return expr;
  }
  /** The key of an `[expr]` or legacy `.0` index suffix. */
  indexKey(suffix) {
    const inner = named(suffix)[0];
    if (inner?.type === "legacy_index") {
      const digits = inner.text.replace(/^\./, "");
      return { kind: "literal", value: Number(digits), at: this.at(inner), text: digits };
    }
    const keyNode = inner && named(inner).find((child) => child.type === "expression");
    return keyNode ? this.expression(keyNode) : this.unsupported(suffix, "an empty index");
  }
  /**
   * `[*]` applies every following attribute and index step to each element;
   * `.*` only the attribute steps (HCL: `x.*.id[0]` is the first id), so an
   * index after it applies to the resulting list.
   */
  splat(target, node, at, text) {
    const [kind] = named(node);
    const full = kind?.type === "full_splat";
    const suffixes = kind ? named(kind) : [];
    const steps = [];
    let rest = suffixes.length;
    for (const [i, suffix] of suffixes.entries()) {
      if (suffix.type === "get_attr")
        steps.push({ kind: "attr", name: named(suffix)[0]?.text ?? "" });
      else if (suffix.type === "index" && full)
        steps.push({ kind: "index", key: this.indexKey(suffix) });
      else {
        rest = i;
        break;
      }
    }
    const last = rest > 0 ? suffixes[rest - 1] : kind ?? node;
    let expr = { kind: "splat", target, steps, at, text: text(last) };
    for (const suffix of suffixes.slice(rest)) {
      expr = suffix.type === "get_attr" ? {
        kind: "attr",
        target: expr,
        name: named(suffix)[0]?.text ?? "",
        at,
        text: text(suffix)
      } : { kind: "index", target: expr, key: this.indexKey(suffix), at, text: text(suffix) };
    }
    return expr;
  }
  primary(node) {
    const at = this.at(node);
    const text = node.text;
    switch (node.type) {
      case "literal_value":
        return this.literal(named(node)[0] ?? node);
      case "template_expr":
        return this.template(named(node)[0] ?? node);
      case "collection_value":
        return this.collection(named(node)[0] ?? node);
      case "variable_expr":
        return { kind: "variable", name: text, at, text };
      case "function_call": {
        const [name, args] = named(node);
        const argNodes = args ? named(args).filter((child) => child.type === "expression") : [];
        const expand = args ? named(args).some((child) => child.type === "ellipsis") : false;
        return {
          kind: "call",
          name: name?.text ?? "",
          args: argNodes.map((arg) => this.expression(arg)),
          expand,
          at,
          text
        };
      }
      case "for_expr":
        return this.forExpr(named(node)[0] ?? node);
      case "operation":
        return this.operation(named(node)[0] ?? node);
      case "expression":
        return this.expression(node);
      default:
        return this.unsupported(node, `"${node.type}"`);
    }
  }
  literal(node) {
    const at = this.at(node);
    const text = node.text;
    switch (node.type) {
      case "numeric_lit":
        return { kind: "literal", value: Number(text), at, text };
      case "bool_lit":
        return { kind: "literal", value: text === "true", at, text };
      case "null_lit":
        return { kind: "literal", value: null, at, text };
      case "string_lit":
        return {
          kind: "literal",
          value: unescape(
            this.pieces(node).filter((p) => typeof p === "string").join("")
          ),
          at,
          text
        };
      default:
        return this.unsupported(node, `literal "${node.type}"`);
    }
  }
  template(node) {
    const parts = [];
    const heredoc = node.type === "heredoc_template";
    for (const piece of this.pieces(node)) {
      if (typeof piece === "string") {
        parts.push(heredoc ? piece : unescape(piece));
      } else if (piece.type === "template_interpolation") {
        const inner = named(piece).find((part) => part.type === "expression");
        if (inner) parts.push(this.expression(inner));
      } else {
        return this.unsupported(node, "a template directive (%{ if } / %{ for })");
      }
    }
    if (heredoc && named(node)[0]?.text === "<<-") dedent(parts);
    const at = this.at(node);
    if (parts.every((part) => typeof part === "string"))
      return { kind: "literal", value: parts.join(""), at, text: node.text };
    return { kind: "template", parts, at, text: node.text };
  }
  /**
   * A string's or heredoc's content: literal text (read from the source, because
   * the grammar drops whitespace between tokens as an extra: " 1.30" would lose
   * its space and a heredoc its last line break) and the interpolations in it.
   */
  pieces(node) {
    const children = node.children.filter(isNode);
    const heredoc = node.type === "heredoc_template";
    const markers = children.filter(
      (child) => heredoc ? child.type === "heredoc_identifier" : child.type === "quoted_template_start" || child.type === "quoted_template_end"
    );
    if (markers.length < 2) return [stringContent(node)];
    let start = markers[0].endIndex;
    let end = markers[markers.length - 1].startIndex;
    if (heredoc) {
      const lineEnd = this.source.indexOf("\n", start);
      start = lineEnd < 0 ? start : lineEnd + 1;
      end = this.source.lastIndexOf("\n", end - 1) + 1;
      if (end < start) end = start;
    }
    const pieces = [];
    let cursor = start;
    for (const child of children) {
      if (child.type !== "template_interpolation" && child.type !== "template_directive") continue;
      pieces.push(this.source.slice(cursor, child.startIndex), child);
      cursor = child.endIndex;
    }
    pieces.push(this.source.slice(cursor, end));
    return pieces.filter((piece) => piece !== "");
  }
  collection(node) {
    const at = this.at(node);
    if (node.type === "tuple") {
      const items = named(node).filter((child) => child.type === "expression").map((child) => this.expression(child));
      return { kind: "tuple", items, at, text: node.text };
    }
    if (node.type === "object") {
      const entries = [];
      for (const elem of named(node)) {
        if (elem.type !== "object_elem") continue;
        const keyNode = elem.childForFieldName("key");
        const valueNode = elem.childForFieldName("val");
        if (!keyNode || !valueNode) continue;
        entries.push({
          key: this.objectKey(keyNode),
          keyAt: this.at(keyNode),
          value: this.expression(valueNode)
        });
      }
      return { kind: "object", entries, at, text: node.text };
    }
    return this.unsupported(node, `collection "${node.type}"`);
  }
  /** `{ coredns = {} }`: a bare identifier key is the string "coredns", not a variable. */
  objectKey(node) {
    const children = named(node);
    if (children.length === 1 && children[0].type === "variable_expr") return children[0].text;
    const expr = this.expression(node);
    return expr.kind === "literal" && typeof expr.value === "string" ? expr.value : expr;
  }
  forExpr(node) {
    const at = this.at(node);
    const parts = named(node);
    const intro = parts.find((part) => part.type === "for_intro");
    const condition = parts.find((part) => part.type === "for_cond");
    const bodies = parts.filter((part) => part.type === "expression");
    if (!intro || bodies.length === 0) return this.unsupported(node, "an incomplete for expression");
    const identifiers = named(intro).filter((part) => part.type === "identifier").map((part) => part.text);
    const collection = named(intro).find((part) => part.type === "expression");
    if (!collection || identifiers.length === 0)
      return this.unsupported(node, "an incomplete for expression");
    const [keyVar, valueVar] = identifiers.length === 2 ? identifiers : [void 0, identifiers[0]];
    const conditionExpr = condition && named(condition).find((part) => part.type === "expression");
    const isObject = node.type === "for_object_expr";
    return {
      kind: "for",
      ...keyVar !== void 0 && { keyVar },
      valueVar,
      collection: this.expression(collection),
      ...isObject && { keyExpr: this.expression(bodies[0]) },
      value: this.expression(isObject ? bodies[1] ?? bodies[0] : bodies[0]),
      ...conditionExpr && { condition: this.expression(conditionExpr) },
      grouping: parts.some((part) => part.type === "ellipsis"),
      at,
      text: node.text
    };
  }
  operation(node) {
    const at = this.at(node);
    const children = node.children.filter(isNode).filter((child) => child.type !== "comment");
    if (node.type === "unary_operation") {
      const [op, ...rest] = children;
      return {
        kind: "unary",
        op: op?.type ?? "-",
        operand: this.term(rest, node),
        at,
        text: node.text
      };
    }
    let depth = 0;
    const split = children.findIndex((child, i) => {
      if (child.type === "(") depth++;
      if (child.type === ")") depth--;
      return i > 0 && depth === 0 && !child.isNamed && BINARY_OPERATORS.has(child.type);
    });
    if (split <= 0) return this.unsupported(node, "an operation");
    return {
      kind: "binary",
      op: children[split].type,
      left: this.term(children.slice(0, split), node),
      right: this.term(children.slice(split + 1), node),
      at,
      text: node.text
    };
  }
  unsupported(node, reason) {
    return { kind: "unsupported", reason, at: this.at(node), text: node.text };
  }
};
function isNode(node) {
  return node !== null;
}
function named(node) {
  return node.namedChildren.filter(isNode);
}
function stringContent(node) {
  return named(node).filter((child) => child.type === "template_literal").map((child) => child.text).join("");
}
function unescape(text) {
  return text.replace(
    /\\(["\\nrt]|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})/g,
    (_, ch) => ch.length > 1 ? String.fromCodePoint(parseInt(ch.slice(1), 16)) : { n: "\n", r: "\r", t: "	" }[ch] ?? ch
  ).replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}
function dedent(parts) {
  const text = parts.map((part) => typeof part === "string" ? part : "\0").join("");
  const indents = text.split("\n").filter((line) => line.trim() !== "").map((line) => /^[ \t]*/.exec(line)[0].length);
  const strip = indents.length > 0 ? Math.min(...indents) : 0;
  if (strip === 0) return;
  let lineStart = true;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (typeof part !== "string") {
      lineStart = false;
      continue;
    }
    parts[i] = part.split("\n").map(
      (line, index) => index > 0 || lineStart ? line.slice(Math.min(strip, /^[ \t]*/.exec(line)[0].length)) : line
    ).join("\n");
    lineStart = part.endsWith("\n");
  }
}
function firstLine(text) {
  const line = text.split("\n")[0] ?? "";
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

// src/readers/terraform/hcl/json-config.ts
var LABELS = {
  resource: 2,
  data: 2,
  module: 1,
  variable: 1,
  output: 1,
  provider: 1,
  locals: 0,
  terraform: 0,
  moved: 0,
  import: 0,
  check: 1
};
var NESTED_BLOCKS = /* @__PURE__ */ new Set([
  "dynamic",
  "content",
  "launch_template",
  "launch_template_specification",
  "mixed_instances_policy",
  "filter",
  "tag",
  "set",
  "scaling_config",
  "vpc_config",
  "validation",
  "lifecycle"
]);
function parseJsonConfig(parser, file) {
  const tree = readJson(file, "one JSON object of blocks");
  if ("failed" in tree) return tree.failed;
  const reader = new JsonReader(file, tree.at, parser);
  const blocks = [];
  for (const [key, value, keyAt] of reader.properties(tree.root)) {
    const depth = LABELS[key];
    if (depth === void 0) continue;
    blocks.push(...reader.labelled(key, value, depth, [], keyAt));
  }
  return { path: file.path, body: { attributes: /* @__PURE__ */ new Map(), blocks }, syntaxErrors: reader.errors };
}
function parseJsonTfvars(file) {
  const tree = readJson(file, "one object of variable values");
  if ("failed" in tree) return tree.failed;
  const reader = new JsonReader(file, tree.at);
  const attributes = /* @__PURE__ */ new Map();
  for (const [name, value, at] of reader.properties(tree.root))
    attributes.set(name, { name, at, expression: reader.expr(value, at, true) });
  return { path: file.path, body: { attributes, blocks: [] }, syntaxErrors: [] };
}
function readJson(file, holds) {
  const at = positions(file);
  const failed = (offset, message) => ({
    failed: {
      path: file.path,
      body: { attributes: /* @__PURE__ */ new Map(), blocks: [] },
      syntaxErrors: [{ at: at(offset), message }]
    }
  });
  const deep = nestingPast(file.text, MAX_JSON_NESTING);
  if (deep >= 0) return failed(deep, `the JSON nests more than ${MAX_JSON_NESTING} levels deep`);
  const errors = [];
  const root = parseTree2(file.text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length === 0 && root?.type === "object") return { root, at };
  const first = errors[0];
  return failed(
    first?.offset ?? 0,
    first ? `${file.path} is not valid JSON (${printParseErrorCode(first.error)})` : `${file.path} must hold ${holds}`
  );
}
var MAX_JSON_NESTING = 256;
function nestingPast(text, max) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}
function positions(file) {
  const starts = [0];
  for (let i = 0; i < file.text.length; i++) if (file.text[i] === "\n") starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return sourceRef(file.path, low + 1, offset - starts[low] + 1);
  };
}
var JsonReader = class {
  constructor(file, at, parser) {
    this.file = file;
    this.at = at;
    this.parser = parser;
  }
  file;
  at;
  parser;
  errors = [];
  /** An object's properties, without `"//"` comments. */
  *properties(node) {
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key || !value || key.value === "//") continue;
      yield [String(key.value), value, this.at(key.offset)];
    }
  }
  /** `"resource": {"TYPE": {"NAME": {…}}}`: the labels, then one block per body (an array holds several). */
  labelled(type, node, depth, labels, at) {
    if (depth === 0)
      return (node.type === "array" ? node.children ?? [] : [node]).filter((item) => item.type === "object").map((item) => ({ type, labels, at, body: this.body(item, type) }));
    if (node.type !== "object") return [];
    return [...this.properties(node)].flatMap(
      ([label, value, keyAt]) => this.labelled(type, value, depth - 1, [...labels, label], depth === 1 ? keyAt : at)
    );
  }
  body(node, blockType) {
    const attributes = /* @__PURE__ */ new Map();
    const blocks = [];
    for (const [name, value, at] of this.properties(node)) {
      const nested = value.type === "object" || value.type === "array";
      if (nested && NESTED_BLOCKS.has(name)) {
        blocks.push(...this.labelled(name, value, name === "dynamic" ? 1 : 0, [], at));
        continue;
      }
      const literal = blockType === "variable" && name === "default" || blockType === "module" && (name === "source" || name === "version");
      const expression = blockType === "variable" && name === "type" && value.type === "string" ? this.hcl(String(value.value), at, false) : this.expr(value, at, literal);
      attributes.set(name, { name, at, expression });
    }
    return { attributes, blocks };
  }
  expr(node, at, literal) {
    const text = this.file.text.slice(node.offset, node.offset + node.length);
    const here = this.at(node.offset);
    switch (node.type) {
      case "string":
        return literal || !/[$%]\{/.test(String(node.value)) ? { kind: "literal", value: String(node.value), at: here, text } : this.hcl(String(node.value), here, true);
      case "number":
        return { kind: "literal", value: Number(node.value), at: here, text };
      case "boolean":
        return { kind: "literal", value: Boolean(node.value), at: here, text };
      case "null":
        return { kind: "literal", value: null, at: here, text };
      case "array":
        return {
          kind: "tuple",
          items: (node.children ?? []).map((item) => this.expr(item, at, literal)),
          at: here,
          text
        };
      default:
        return {
          kind: "object",
          entries: [...this.properties(node)].map(([key, value, keyAt]) => ({
            key,
            keyAt,
            value: this.expr(value, keyAt, literal)
          })),
          at: here,
          text
        };
    }
  }
  /** A JSON string read as HCL: a template (`"1.${var.minor}"`), or a type expression. */
  hcl(source, at, template) {
    const text = template ? `x = "${escapeForHcl(source)}"
` : `x = ${source}
`;
    const parsed = this.parser && parseHcl(this.parser, { path: this.file.path, text });
    const attribute = parsed?.body.attributes.get("x");
    if (!attribute || parsed.syntaxErrors.length > 0) {
      this.errors.push({
        at,
        message: `${this.file.path}: ${JSON.stringify(source)} is not a valid Terraform ${template ? "template" : "type"} (check its \${ } and quotes)`
      });
      return {
        kind: "unsupported",
        reason: `${JSON.stringify(source)} is not a valid ${template ? "template" : "type"}`,
        at,
        text: JSON.stringify(source)
      };
    }
    return relocate(attribute.expression, at);
  }
};
function escapeForHcl(text) {
  return text.replace(/[\\"\n\r\t\u0000-\u001f]/g, (ch) => {
    switch (ch) {
      case "\\":
        return "\\\\";
      case '"':
        return '\\"';
      case "\n":
        return "\\n";
      case "\r":
        return "\\r";
      case "	":
        return "\\t";
      default:
        return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
    }
  });
}
function relocate(value, at) {
  if (Array.isArray(value)) return value.map((item) => relocate(item, at));
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, item] of Object.entries(value))
    out[key] = key === "at" || key === "keyAt" ? at : relocate(item, at);
  return out;
}

// src/readers/terraform/parse-file.ts
var PARSED = "hcl";
function isParsedFile(file) {
  return isTerraformFile(file) && !isModulesManifest(file.path);
}
function parseTerraformFile(parser, file) {
  if (isJsonTfvars(file.path)) return parseJsonTfvars(file);
  if (isJsonConfig(file.path)) return parseJsonConfig(parser, file);
  return parseHcl(parser, file);
}

export {
  PARSED,
  isParsedFile,
  parseTerraformFile
};
