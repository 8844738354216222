import FilRougeCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file or folder could not be written, in plain words a learner can act on, rather than the
/// system's terse `strerror` or a Foundation error dump. The same problem is said in English on
/// standard error before a conversation starts, and in the conversation's language during one.
public enum FileProblem: Equatable, Sendable {
    case diskFull
    case quotaExceeded
    case readOnlyDisk
    case notAllowed
    /// The file (or its folder) was deleted while it was being written.
    case deleted
    /// The file's folder does not exist (any more).
    case folderMissing
    /// A part of the path that should be a folder is a file.
    case notAFolder(String)
    /// The path names a folder where a file was expected.
    case isAFolder
    /// The path names a pipe, a device or a socket, not an ordinary file.
    case notAnOrdinaryFile
    /// The path names a symbolic link: where it leads is not a new file of the user's choosing.
    case symbolicLink
    /// A file with content is there already: a transcript never overwrites one.
    case alreadyExists
    /// Another conversation holds the file's lock.
    case inUse
    case diskError
    /// Anything else, in the system's words.
    case other(String)

    /// The problem an `errno` value stands for.
    public init(errno code: Int32) {
        switch code {
        case ENOSPC: self = .diskFull
        case EDQUOT: self = .quotaExceeded
        case EROFS: self = .readOnlyDisk
        case EACCES, EPERM: self = .notAllowed
        case ENOENT: self = .folderMissing
        case EISDIR: self = .isAFolder
        case EEXIST: self = .alreadyExists
        case EIO: self = .diskError
        default: self = .other(String(cString: strerror(code)))
        }
    }

    /// Whether the same file can be resumed once the problem is solved: not when it is gone.
    public var leavesTheFileResumable: Bool {
        self != .deleted && self != .folderMissing
    }

    public func words(in language: Language) -> String {
        language == .fr ? french : english
    }

    public var english: String {
        switch self {
        case .diskFull: return "the disk is full"
        case .quotaExceeded: return "your disk quota is used up"
        case .readOnlyDisk: return "the disk is read-only"
        case .notAllowed: return "you are not allowed to write there"
        case .deleted: return "the file was deleted while it was being written (was its folder removed?)"
        case .folderMissing: return "its folder does not exist (was it removed?)"
        case .notAFolder(let path): return "\(path) is a file, not a folder"
        case .isAFolder: return "it is a folder; give the path of a new file, such as a name ending in .jsonl inside that folder"
        case .notAnOrdinaryFile: return "it is not an ordinary file (a device, a pipe or a socket); give the path of a new file"
        case .symbolicLink: return "it is a symbolic link; give the path of a new file"
        case .alreadyExists: return "a file with that name already exists, and a transcript never overwrites one; choose another name, or continue its conversation with 'filrouge play --resume'"
        case .inUse: return "another filrouge is writing it (a conversation still going on in another terminal?); let that one end first"
        case .diskError: return "the disk reported an input/output error"
        case .other(let reason): return reason
        }
    }

    public var french: String {
        switch self {
        case .diskFull: return "le disque est plein"
        case .quotaExceeded: return "votre quota d'espace disque est épuisé"
        case .readOnlyDisk: return "le disque est en lecture seule"
        case .notAllowed: return "vous n'avez pas le droit d'écrire à cet endroit"
        case .deleted: return "le fichier a été supprimé pendant l'écriture (son dossier a-t-il été effacé\u{00A0}?)"
        case .folderMissing: return "son dossier n'existe pas (a-t-il été effacé\u{00A0}?)"
        case .notAFolder(let path): return "\(path) est un fichier, pas un dossier"
        case .isAFolder: return "c'est un dossier\u{00A0}; indiquez le chemin d'un nouveau fichier, par exemple un nom en .jsonl dans ce dossier"
        case .notAnOrdinaryFile: return "ce n'est pas un fichier ordinaire (un périphérique, un tube ou une socket)\u{00A0}; indiquez le chemin d'un nouveau fichier"
        case .symbolicLink: return "c'est un lien symbolique\u{00A0}; indiquez le chemin d'un nouveau fichier"
        case .alreadyExists: return "un fichier de ce nom existe déjà, et une transcription n'en écrase jamais\u{00A0}; choisissez un autre nom, ou reprenez sa conversation avec «\u{00A0}filrouge play --resume\u{00A0}»"
        case .inUse: return "un autre filrouge l'écrit (une conversation encore en cours dans un autre terminal\u{00A0}?)\u{00A0}; attendez qu'elle se termine"
        case .diskError: return "le disque a signalé une erreur d'entrée-sortie"
        case .other(let reason): return reason
        }
    }
}
