package navaa.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import navaa.platform.control.ErrorCode;
import navaa.platform.entity.NumberedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A person or service account. Holds doc 004's limits and stats; the limits are stored
 * here and enforced by the features they limit.
 */
@Entity
@Table(name = "accounts")
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a where a.usernameKey = :key")
@NamedQuery(name = Account.ALL, query = "select a from Account a order by a.id")
@NamedQuery(name = Account.BY_MOBILE, query = "select a from Account a where a.mobile = :mobile order by a.id")
public class Account extends NumberedEntity {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String ALL = "Account.all";
    /** Doc 003's sign-in by phone: the accounts whose mobile is this E.164 number. */
    public static final String BY_MOBILE = "Account.byMobile";

    @Column(name = "uuid", nullable = false, updatable = false)
    private String uuid;

    private String username;

    private String usernameKey;

    private String passwordHash;

    private String firstName;

    private String lastName;

    private String mobile;
    private String email;

    @Column(name = "is_active")
    private boolean active = true;

    private Integer maxChats;

    private Integer maxMessagesPerChat;

    private LocalDate expiryDate;

    private int totalChats;

    private int totalMessages;

    private Instant lastLoginAt;

    private Instant createdAt;

    private Instant updatedAt;

    /** Raised by every password change: access tokens issued before it are refused. */
    private int credentialsVersion;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_roles", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    // named, not numbered: EclipseLink does not auto-apply RoleConverter to an element collection,
    // and stored ordinals would change meaning with the enum's order (V10 converted them)
    @Convert(converter = RoleConverter.class)
    private Set<Role> roles = new HashSet<>();

    protected Account() {
    }

    public Account(String username, String passwordHash, Set<Role> roles) {
        this.uuid = UUID.randomUUID().toString();
        rename(username);
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
    }

    /** Usernames are unique without regard to case, the way both databases can enforce it. */
    public static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    /** Why this account may not act today, if it may not: doc 004's two 403 reasons. */
    public Optional<ErrorCode> refusal(LocalDate today) {
        return refusal(active, expiryDate, today);
    }

    /** The same, for a copy of the account's standing kept apart from the entity. */
    public static Optional<ErrorCode> refusal(boolean active, LocalDate expiryDate, LocalDate today) {
        if (!active) {
            return Optional.of(ErrorCode.ACCOUNT_INACTIVE);
        }
        // the expiry date is the last day the account works
        if (expiryDate != null && today.isAfter(expiryDate)) {
            return Optional.of(ErrorCode.ACCOUNT_EXPIRED);
        }
        return Optional.empty();
    }

    /** A new password: what was signed in with the old one is to end (see {@link #getCredentialsVersion}). */
    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        credentialsVersion++;
    }

    public void loggedIn(Instant when) {
        lastLoginAt = when;
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public Role primaryRole() {
        return Role.primary(roles);
    }

    @PrePersist
    void created() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void updated() {
        updatedAt = Instant.now();
    }

    private void rename(String username) {
        this.username = username;
        this.usernameKey = key(username);
    }

    public String getUuid() { return uuid; }
    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    /** The same password hashed with today's parameters; a new password is {@link #changePassword}. */
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Integer getMaxChats() { return maxChats; }
    public void setMaxChats(Integer maxChats) { this.maxChats = maxChats; }
    public Integer getMaxMessagesPerChat() { return maxMessagesPerChat; }
    public void setMaxMessagesPerChat(Integer maxMessagesPerChat) { this.maxMessagesPerChat = maxMessagesPerChat; }
    public LocalDate getExpiryDate() { return expiryDate; }
    public void setExpiryDate(LocalDate expiryDate) { this.expiryDate = expiryDate; }
    public int getTotalChats() { return totalChats; }
    public int getTotalMessages() { return totalMessages; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public Instant getCreatedAt() { return createdAt; }
    public int getCredentialsVersion() { return credentialsVersion; }
    public Set<Role> getRoles() { return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
    public void setRoles(Set<Role> roles) { this.roles = new HashSet<>(roles); }
}
