package dev.minisuite.auth.user;

import java.net.URI;

import dev.minisuite.auth.token.TokenIssuer.IssuedToken;
import dev.minisuite.security.AccessTokenResolver;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import dev.minisuite.web.Problems;

@RestController
@RequestMapping("/api/user")
@Tag(name = "Users")
class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @PostMapping("/register")
    @Operation(summary = "Register an account with role USER")
    @ApiResponse(responseCode = "201", description = "Registered; Location names the new account")
    @ApiResponse(responseCode = "400", description = "Invalid or unknown fields, all listed in errors")
    @ApiResponse(responseCode = "409", description = "The e-mail address is registered already")
    ResponseEntity<UserResponse> register(@Valid @RequestBody RegistrationRequest request) {
        User user = users.register(request.username(), request.email(), request.password());
        return ResponseEntity.created(URI.create("/api/user/" + user.id())).body(UserResponse.of(user));
    }

    @PostMapping("/login")
    @Operation(summary = "Exchange e-mail and password for an access token",
            description = "The token is returned in the body and in the auth-token response header.")
    @ApiResponse(responseCode = "200", description = "Logged in")
    @ApiResponse(responseCode = "400", description = "A field is missing")
    @ApiResponse(responseCode = "401", description = "The e-mail or password is incorrect")
    ResponseEntity<TokenResponse> login(@Valid @RequestBody LoginRequest request) {
        IssuedToken token = users.login(request.email(), request.password());
        return ResponseEntity.ok()
                .header(AccessTokenResolver.AUTH_TOKEN_HEADER, token.value())
                .body(new TokenResponse(token.value(), "Bearer", token.expiresInSeconds()));
    }

    @GetMapping("/me")
    @Operation(summary = "The caller's account", security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "200", description = "The account")
    @ApiResponse(responseCode = "401", description = "No valid access token")
    @ApiResponse(responseCode = "404", description = "The account was deleted after the token was issued")
    UserResponse me(@AuthenticationPrincipal Jwt token) {
        return UserResponse.of(users.find(token.getSubject()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account, for its owner or an ADMIN", security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "200", description = "The account")
    @ApiResponse(responseCode = "401", description = "No valid access token")
    @ApiResponse(responseCode = "403", description = "The account is another user's and the caller is not ADMIN")
    @ApiResponse(responseCode = "404", description = "No account has this id")
    UserResponse user(@PathVariable String id, @AuthenticationPrincipal Jwt token) {
        boolean admin = token.getClaimAsStringList("roles") != null
                && token.getClaimAsStringList("roles").contains(Role.ADMIN.name());
        if (!admin && !id.equals(token.getSubject())) {
            throw Problems.status(HttpStatus.FORBIDDEN, "Only the account's owner or an ADMIN may read it.");
        }
        return UserResponse.of(users.find(id));
    }
}
